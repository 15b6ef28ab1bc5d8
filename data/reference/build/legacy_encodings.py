#!/usr/bin/env python3
"""Writes ../legacy_encodings.csv: the byte sequences of the TCVN3 (ABC) and VNI-Windows
encodings for every Vietnamese letter they can spell, written from the published layouts.
Run from data/reference/build: python3 legacy_encodings.py"""
import csv, unicodedata

rows = []

# TCVN3 (TCVN 5712:1993, "ABC"): one byte per letter, lower-case toned letters only
# (upper-case toned letters live in a separate upper-case font at the same codes).
tcvn3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
for b, ch in sorted(tcvn3.items()):
    rows.append(("tcvn3", "%02X" % b, ch))

# VNI-Windows: an ASCII base letter followed by a mark byte (cp1252 code points), with a few
# letters as single bytes. Upper-case letters use the upper-case mark bytes (byte - 0x20).
TONES = {"sac": 0xF9, "huyen": 0xF8, "hoi": 0xFB, "nga": 0xF5, "nang": 0xEF}
CIRC = {"": 0xE2, "sac": 0xE1, "huyen": 0xE0, "hoi": 0xE5, "nga": 0xE3, "nang": 0xE4}
BREVE = {"": 0xEA, "sac": 0xE9, "huyen": 0xE8, "hoi": 0xFA, "nga": 0xFC, "nang": 0xEB}
COMBINING = {"": "", "sac": "\u0301", "huyen": "\u0300", "hoi": "\u0309", "nga": "\u0303", "nang": "\u0323"}

def letter(base, mod, tone):
    return unicodedata.normalize("NFC", base + mod + COMBINING[tone])

def add(seq, ch):
    rows.append(("vni", "".join("%02X" % b for b in seq), ch))

for upper in (False, True):
    sh = 0x20 if upper else 0
    cs = (lambda s: s.upper()) if upper else (lambda s: s)
    for v in "aeouy":
        for tone, mark in TONES.items():
            if v == "y" and tone == "nang":
                continue  # ỵ is a single byte
            add([ord(cs(v)), mark - sh], letter(cs(v), "", tone))
    for v in "aeo":
        for tone, mark in CIRC.items():
            add([ord(cs(v)), mark - sh], letter(cs(v), "\u0302", tone))
    for tone, mark in BREVE.items():
        add([ord(cs("a")), mark - sh], letter(cs("a"), "\u0306", tone))
    # ơ and ư are single bytes (ô, ö), toned by the plain tone marks
    for single, mod, base in ((0xF4, "\u031B", "o"), (0xF6, "\u031B", "u")):
        add([single - sh], letter(cs(base), mod, ""))
        for tone, mark in TONES.items():
            add([single - sh, mark - sh], letter(cs(base), mod, tone))
    add([0xF1 - sh], cs("đ"))
    for tone, b in {"sac": 0xED, "huyen": 0xEC, "hoi": 0xE6, "nga": 0xF3, "nang": 0xF2}.items():
        add([b - sh], letter(cs("i"), "", tone))
    add([0xEE - sh], letter(cs("y"), "", "nang"))

with open("../legacy_encodings.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["encoding", "bytes", "letter"])
    for r in rows:
        w.writerow(r)
print(len(rows), "rows")
