package vn.baocao.reference;

import java.io.Serializable;
import java.util.List;

/**
 * A province as the 63-province era knew it, with its 2025 successor.
 *
 * @param code GSO code, two digits
 * @param name canonical name exactly as in provinces.csv
 * @param municipality whether it is a centrally-run city (Hà Nội, Đà Nẵng, ...)
 * @param region socio-economic region
 * @param code2025 code of the post-merger province
 * @param name2025 name of the post-merger province
 * @param slug ascii form used in web hosts (travinh)
 * @param aliases other spellings
 */
public record Province(
    String code,
    String name,
    boolean municipality,
    String region,
    String code2025,
    String name2025,
    String slug,
    List<String> aliases)
    implements Serializable {}
