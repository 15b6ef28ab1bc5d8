package vn.baocao.reference;

import java.io.Serializable;
import java.util.List;

/**
 * A sub-province unit (district, urban district, town, provincial city) or, in the 2025
 * gazetteer, a commune or ward.
 *
 * @param code GSO code (or a stable synthetic key for units merged away)
 * @param name canonical name without the administrative prefix
 * @param level area level as written to outputs: city, town, district, commune, ward
 * @param provinceCode code of the province it belongs to (2025 code for 2025 communes)
 * @param aliases other spellings
 * @param era 63 for the pre-2025 gazetteer, 34 for the 2025 one
 */
public record Unit(
    String code, String name, String level, String provinceCode, List<String> aliases, int era)
    implements Serializable {}
