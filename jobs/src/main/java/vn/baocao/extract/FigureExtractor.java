package vn.baocao.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.baocao.reference.Catalogue;
import vn.baocao.reference.CountRule;
import vn.baocao.reference.Indicator;
import vn.baocao.text.PhraseSet;
import vn.baocao.text.Text;
import vn.baocao.text.TokenCache;
import vn.baocao.text.Tokens;

/**
 * Reads the stated figures of report sentences. A sentence is walked word by word: indicator
 * phrases ("thu ngân sách", "giải ngân") open a scope that lasts to the next indicator phrase,
 * blocker or ';'; every number in scope is classified by the words around it (unit, "so với
 * cùng kỳ", "kế hoạch", "chiếm", "vượt"). Counts whose meaning lies in the words after them
 * ("108/126 xã đạt chuẩn nông thôn mới") are read by count rules. Plain Java, no Spark.
 */
public final class FigureExtractor {
  private static final Set<String> FILLERS =
      Set.of("đạt", "được", "thực", "hiện", "là", "có", "mới", "bình", "quân", "ước", "tính", "khoảng", "thêm", "cho", "đã", "lên", "mức", "chỉ");
  private static final Set<String> VERBS = Set.of("tăng", "giảm", "bằng", "chiếm", "vượt", "đạt", "còn", "được");
  private static final Set<String> NON_FIGURE_BEFORE =
      Set.of("ngày", "số", "lần", "thứ", "khóa", "khoá", "điều", "khoản", "mục", "quy", "trang", "giai", "đợt", "kỳ", "mốc", "ngưỡng");
  private static final Set<String> NON_FIGURE_AFTER =
      Set.of("tháng", "năm", "ngày", "quý", "giờ", "tuổi", "sao", "lần", "phút", "km", "m", "m2", "tấn", "con", "lớp", "cuộc", "đợt", "kỳ");
  private static final Set<String> ABBREVIATIONS = Set.of("tp", "tx", "ths", "ts", "pgs", "gs", "bs", "ks", "th", "st", "p");

  private final Catalogue cat;
  private final Set<String> assessedInWords;
  private final PhraseSet triggers;
  private final PhraseSet approx;
  private final PhraseSet basis;
  private final PhraseSet cmp;
  private final PhraseSet forward;
  private final PhraseSet allocation;
  private final PhraseSet achievement;
  private final PhraseSet subset;
  private final PhraseSet assessment;
  private final PhraseSet countReject;
  private final PhraseSet prefixes;
  private final PhraseSet scopes;
  private final PhraseSet countRejectBefore;
  private final PhraseSet subItems;
  private final java.util.Set<String> rankWords;
  private final java.util.Set<String> listLeads;
  /** Words before "với" that make it a comparison or company ("so với", "cùng với"), not a result. */
  private final java.util.Set<String> withComparison;
  /** Words before "thu" that make it an income ("mỗi hộ thu", "người dân thu"), not the budget. */
  private final java.util.Set<String> incomeSubjects;
  /** Words that may stand between a verb and its amount ("thu được 5 tỷ", "thu ước 7 tỷ"). */
  private final java.util.Set<String> amountLeads;
  private final java.util.Set<String> attributionLeads;
  private final java.util.Set<String> listLinks;
  private final PhraseSet lineItems;
  private final java.util.function.Predicate<String> isProvinceName;
  /** The first word of every name {@link #isProvinceName} accepts, or null when not known. */
  private final java.util.Set<String> provinceFirstWords;
  /** First words of the count-rule nouns: a number followed by anything else skips the rules. */
  private final java.util.Set<String> ruleHeads = new java.util.HashSet<>();
  private final java.util.Set<String> ruleIndicators = new java.util.HashSet<>();
  private final PhraseSet vetoPhrases;
  /** First words of every phrase the sentence walk looks up. */
  private final java.util.Set<String> gate = new java.util.HashSet<>();
  private final Map<String, String> vetoes;
  private final PeriodCues cues;

  public FigureExtractor(Catalogue cat) {
    this(cat, null);
  }

  /**
   * With {@code isProvinceName} (a keyed name test), a clause that opens with a bare province
   * name ("Hà Giang đạt 38,5 %") is read as speaking of that province.
   */
  public FigureExtractor(Catalogue cat, java.util.function.Predicate<String> isProvinceName) {
    this(cat, isProvinceName, null);
  }

  /**
   * As above; {@code provinceFirstWords}, the first word of every name {@code isProvinceName}
   * accepts, spares the joins and lookups of the names tried at a capitalised word that starts
   * none ("Sở", "Theo", "UBND" ...), most of them.
   */
  public FigureExtractor(Catalogue cat, java.util.function.Predicate<String> isProvinceName,
      java.util.Set<String> provinceFirstWords) {
    this.cat = cat;
    Set<String> assessed = new java.util.HashSet<>();
    cat.indicators().forEach((code, ind) -> {
      if (ind.assessedInWords()) {
        assessed.add(code);
      }
    });
    this.assessedInWords = assessed;
    this.isProvinceName = isProvinceName;
    this.provinceFirstWords = provinceFirstWords;
    this.lineItems = cat.phrases("line_item");
    this.triggers = cat.phrases("trigger");
    this.approx = cat.phrases("approx");
    this.basis = cat.phrases("basis");
    this.cmp = cat.phrases("cmp");
    this.forward = cat.phrases("forward");
    this.allocation = cat.phrases("allocation");
    this.achievement = cat.phrases("achievement");
    this.subset = cat.phrases("subset");
    this.assessment = cat.phrases("assessment");
    this.countReject = cat.phrases("count_reject");
    this.countRejectBefore = cat.phrases("count_reject_before");
    this.subItems = cat.phrases("sub_item");
    this.prefixes = cat.phrases("unit_prefix");
    this.scopes = cat.phrases("scope");
    this.rankWords = cat.values("rank_before").keySet();
    // "Dẫn đầu là Bắc Giang ...", "... và Hải Dương (41,8 %)": words before a listed province
    this.listLeads = cat.values("list_lead").keySet();
    this.withComparison = cat.values("with_comparison").keySet();
    this.incomeSubjects = cat.values("income_subject").keySet();
    this.amountLeads = cat.values("amount_lead").keySet();
    this.attributionLeads = cat.values("attribution_lead").keySet();
    // "Bình Định dẫn đầu với 60/122 xã": words between a listed name and its figure
    this.listLinks = cat.values("list_link").keySet();
    for (CountRule r : cat.countRules()) {
      ruleIndicators.add(r.indicator());
      for (String noun : r.nouns()) {
        ruleHeads.add(noun.split(" ")[0]);
      }
    }
    for (PhraseSet set : List.of(triggers, forward, subset, prefixes, scopes)) {
      gate.addAll(set.firstWords());
    }
    gate.add("năm");
    this.vetoes = cat.values("veto");
    this.vetoPhrases = cat.phrases("veto");
    this.cues = new PeriodCues(cat.values("number_word"), cat.values("year_comparison").keySet(), cat.values("programme_word").keySet(), cat.values("duration_word").keySet());
  }

  /** What the figures of a document default to. */
  public record Context(Period docPeriod, LocalDate asOf, String topic) {
    public Context(Period docPeriod, LocalDate asOf) {
      this(docPeriod, asOf, null);
    }
  }

  /**
   * The first indicator a span names ("Quý I/2024: Hà Nội dẫn đầu cả nước về thu ngân sách"):
   * what a paragraph listing provinces and figures with no indicator word of its own speaks of.
   */
  public String topic(TokenCache cache, Span span) {
    Tokens t = cache.get(span.start(), span.end());
    for (int i = 0; i < t.size(); i++) {
      PhraseSet.Match m = triggers.matchAt(t, i);
      if (m != null && !"-".equals(m.value()) && !"=".equals(m.value()) && cat.indicator(m.value()) != null) {
        return m.value();
      }
    }
    return null;
  }

  /** Figures of the text spans, in text order. */
  public List<Fact> extract(String text, List<Span> spans, Context ctx) {
    return extract(new TokenCache(text), spans, ctx);
  }

  /** Figures of the text spans, reusing the line tokens of {@code cache}. */
  public List<Fact> extract(TokenCache cache, List<Span> spans, Context ctx) {
    String text = cache.text();
    List<Fact> out = new ArrayList<>();
    String previous = ctx.topic();
    Caption table = null;
    Span before = null;
    int[] brackets = null; // found on the first sentence that may hold figures
    for (Span span : spans) {
      if (table != null && tableRow(text, span, table, ctx, out)) {
        continue;
      }
      table = caption(cache, span, before);
      before = span;
      String carry = null;
      Tokens line = cache.get(span.start(), span.end());
      for (Span sentence : sentences(text, span)) {
        Tokens t = line.within(sentence.start(), sentence.end());
        // a sentence with no number can only hold an assessment of budget or disbursement
        if (figuresPossible(t)) {
          brackets = brackets == null ? asideBrackets(text) : brackets;
          carry = readSentence(text, t, brackets, ctx, out, carry, previous);
        } else {
          carry = null;
        }
        if (carry != null) {
          previous = carry;
        }
      }
    }
    return out;
  }

  /**
   * A caption announcing rows of bare figures: "Bảng xếp hạng thu ngân sách 9 tháng (tỷ đồng;
   * % dự toán):", "Các địa phương có tỷ lệ giải ngân cao nhất (Đơn vị tính: % kế hoạch)", or a
   * unit line "(Đơn vị: tỷ đồng; tỷ lệ: % kế hoạch)" under a "Bảng: ..." title. The rows under
   * it ("1. Tây Ninh: 27.640 (82,9%)", "1 | Bắc Ninh | 2.105 | 48,3") take its indicator, money
   * unit (scale to tỷ đồng, or NaN when the figures are rates only) and plan basis.
   */
  private record Caption(String indicator, double scale, String basis) {
    boolean money() {
      return !Double.isNaN(scale);
    }
  }

  /** "(tỷ đồng", "Đơn vị tính: nghìn tỷ đồng": the words before "đồng" are read by {@link #moneyUnit}. */
  private static final java.util.regex.Pattern CAPTION_MONEY = java.util.regex.Pattern.compile(
      "(?:\\(|đơn vị( tính)?:|đvt:)\\s*((?:\\p{L}+ )?\\p{L}+) đồng");

  private static final java.util.regex.Pattern CAPTION_RATE = java.util.regex.Pattern.compile(
      "(?:đơn vị( tính)?:|đvt:|tỷ lệ:|;)\\s*%");

  private static final java.util.regex.Pattern TABLE_ROW = java.util.regex.Pattern.compile(
      "^(?:\\d{1,2}[.)]\\s*|[-+•*–]\\s*)?(\\p{L}[\\p{L} .]{1,40}?)\\s*[:–-]\\s*(\\d[\\d.,]*)\\s*"
          + "(?:\\(\\s*(?:đạt\\s*)?(\\d[\\d,.]*)\\s*%\\s*\\))?\\s*%?\\s*[;.,]?$");

  private Caption caption(TokenCache cache, Span span, Span before) {
    String line = cache.text().substring(span.start(), span.end()).strip();
    if (line.length() > 240 || isProvinceName == null) {
      return null;
    }
    if (!line.endsWith(":") && line.indexOf('(') < 0 && line.indexOf(':') < 0) {
      return null; // most lines: no caption can be written without ':' or a bracket
    }
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    boolean declared = lower.contains("đơn vị") || lower.contains("đvt");
    if (!line.endsWith(":") && !declared) {
      return null; // "(tỷ đồng)" inside a sentence is no caption
    }
    java.util.regex.Matcher money = CAPTION_MONEY.matcher(lower);
    MoneyUnit unit = null;
    while (unit == null && money.find()) {
      unit = moneyUnit(Tokens.of(money.group(2)), 0);
    }
    boolean hasMoney = unit != null;
    java.util.regex.Matcher rate = CAPTION_RATE.matcher(lower);
    boolean hasRate = rate.find() || hasMoney && lower.indexOf('%', money.end()) >= 0;
    if (!hasMoney && !hasRate) {
      return null;
    }
    String indicator = topic(cache, span);
    if (indicator == null && line.startsWith("(") && before != null) {
      indicator = topic(cache, before); // "(Đơn vị: tỷ đồng; ...)" under "Bảng: Kết quả giải ngân ..."
    }
    Indicator ind = indicator == null ? null : cat.indicator(indicator);
    if (ind == null || !ind.units().equals("money")) {
      return null;
    }
    double scale = Double.NaN;
    if (hasMoney) {
      scale = unit.money().equals("million") ? 0.001 : unit.scale();
    }
    String basis = null;
    int pct = lower.indexOf('%', hasMoney ? money.end() : 0);
    if (pct >= 0) {
      Tokens after = cache.get(span.start() + Math.min(line.length(), pct + 1), span.end());
      for (int k = 0; k < Math.min(3, after.size()) && basis == null; k++) {
        PhraseSet.Match b = this.basis.matchAt(after, k);
        basis = b == null ? null : b.value();
      }
      if (basis == null) {
        String def = ind.percentDefault();
        basis = def.startsWith("pct_of_plan:") ? def.substring("pct_of_plan:".length()) : null;
      }
    }
    if (!hasMoney && basis == null) {
      return null;
    }
    return new Caption(indicator, scale, basis);
  }

  /**
   * Reads a row under a caption; false when the line is not one (the table has ended). A header
   * row ("STT | Địa phương | Đã giải ngân | Tỷ lệ") is passed over.
   */
  private boolean tableRow(String text, Span span, Caption table, Context ctx, List<Fact> out) {
    String raw = text.substring(span.start(), span.end());
    String line = raw.strip();
    String name;
    String first;
    String second;
    if (line.indexOf('|') >= 0) {
      String[] cells = line.split("\\|", -1);
      int at = -1;
      for (int c = 0; c < cells.length && at < 0; c++) {
        if (isProvinceName.test(provinceKey(cells[c].strip()))) {
          at = c;
        }
      }
      if (at < 0) {
        return !line.matches(".*\\d.*"); // a header row has no figure
      }
      name = cells[at].strip();
      List<String> numbers = new ArrayList<>();
      for (int c = at + 1; c < cells.length; c++) {
        String v = cells[c].strip().replace("%", "").strip();
        if (v.matches("\\d[\\d.,]*")) {
          numbers.add(v);
        }
      }
      first = numbers.isEmpty() ? null : numbers.get(0);
      second = numbers.size() > 1 ? numbers.get(1) : null;
    } else {
      java.util.regex.Matcher m = TABLE_ROW.matcher(line);
      if (!m.matches()) {
        return false;
      }
      name = m.group(1);
      first = m.group(2);
      second = m.group(3);
    }
    String key = provinceKey(name);
    if (first == null || !isProvinceName.test(key)) {
      return false;
    }
    String amount = table.money() ? first : null;
    String rate = table.money() ? second : first;
    Indicator ind = cat.indicator(table.indicator());
    int cs = span.start() + raw.indexOf(line);
    int ce = cs + line.length();
    String evidence = text.substring(cs, ce);
    String hint = "province|" + key;
    Period period = ctx.docPeriod();
    if (amount != null && !Double.isNaN(VnNumber.parse(amount))) {
      out.add(new Fact(ind.code(), ind.category(), "level", round(VnNumber.parse(amount) * table.scale()), "vnd_billion", null, null,
          "exact", null, period, evidence, cs, ce, hint, null));
    }
    if (rate != null && table.basis() != null && !Double.isNaN(VnNumber.parse(rate))) {
      out.add(new Fact(ind.code(), ind.category(), "pct_of_plan", round(VnNumber.parse(rate)), "percent", table.basis(), null,
          "exact", null, period, evidence, cs, ce, hint, null));
    }
    return true;
  }

  /** A listed name as a gazetteer key, without a province or city prefix ("tỉnh", "TP.") before it. */
  private String provinceKey(String name) {
    String key = Text.key(name);
    if (isProvinceName.test(key)) {
      return key;
    }
    Tokens t = Tokens.of(key);
    PhraseSet.Match p = t.size() > 1 ? prefixes.matchAt(t, 0) : null;
    return p != null && (p.value().equals("province") || p.value().equals("city")) && p.to() < t.size()
        ? t.join(p.to(), t.size()) : key;
  }

  /** Splits a line into sentences at '.', '!', '?' followed by a capital, digit or quote. */
  static List<Span> sentences(String text, Span line) {
    List<Span> out = new ArrayList<>();
    int start = line.start();
    for (int i = line.start(); i < line.end(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '…') && i + 1 < line.end() && text.charAt(i + 1) == ' ') {
        int j = i + 1;
        while (j < line.end() && text.charAt(j) == ' ') {
          j++;
        }
        if (j < line.end()) {
          char n = text.charAt(j);
          boolean opens = Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '“' || n == '(' || n == '-';
          if (opens && c == '.' && isAbbreviation(text, start, i)) {
            opens = false;
          }
          if (opens) {
            out.add(new Span(start, i + 1));
            start = j;
          }
        }
      }
    }
    if (start < line.end()) {
      out.add(new Span(start, line.end()));
    }
    return out;
  }

  private static boolean isAbbreviation(String text, int from, int dot) {
    int s = dot;
    while (s > from && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s < dot && dot - s <= 3 && ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The bracketed remarks of the whole text that hold no digit ("(sau hợp nhất với Bình
   * Dương)"), as {open, close, open, close, ...} in text order: found once per text, not once
   * per sentence, since a remark is paired from the start of the text.
   */
  private static int[] asideBrackets(String text) {
    int[] out = new int[8];
    int size = 0;
    int open = text.indexOf('(');
    while (open >= 0) {
      int close = text.indexOf(')', open + 1);
      if (close < 0) {
        break;
      }
      boolean digits = false;
      for (int p = open + 1; p < close && !digits; p++) {
        digits = Character.isDigit(text.charAt(p));
      }
      if (!digits && close - open <= 160) {
        if (size == out.length) {
          out = java.util.Arrays.copyOf(out, size * 2);
        }
        out[size++] = open;
        out[size++] = close;
      }
      open = text.indexOf('(', close + 1);
    }
    return java.util.Arrays.copyOf(out, size);
  }

  /** Tokens inside one of the remarks {@code brackets} ({@link #asideBrackets}). */
  private static boolean[] asides(int[] brackets, Tokens t) {
    boolean[] in = new boolean[t.size()];
    int first = t.start(0);
    int last = t.start(t.size() - 1);
    for (int b = 0; b < brackets.length && brackets[b] < last; b += 2) {
      int open = brackets[b];
      int close = brackets[b + 1];
      if (close <= first) {
        continue; // before the sentence
      }
      for (int i = 0; i < t.size(); i++) {
        if (t.start(i) > open && t.start(i) < close) {
          in[i] = true;
        }
      }
    }
    return in;
  }

  /** Per-token clause and segment numbers: ',', '(', ')', ':' start a clause; ';' a segment. */
  private static void boundaries(String text, Tokens t, int[] clause, int[] segment) {
    int c = 0;
    int s = 0;
    for (int i = 0; i < t.size(); i++) {
      if (i > 0) {
        for (int p = t.end(i - 1); p < t.start(i); p++) {
          char ch = text.charAt(p);
          if (ch == ';') {
            s++;
            c++;
          } else if (ch == ',' || ch == '(' || ch == ')' || ch == ':' || ch == '“' || ch == '”' || ch == '"') {
            c++;
          } else if ((ch == '-' || ch == '–') && p > 0 && text.charAt(p - 1) == ' ' && p + 1 < text.length() && text.charAt(p + 1) == ' '
              && !(Character.isDigit(text.charAt(t.end(i - 1) - 1)) && Character.isDigit(text.charAt(t.start(i))))) {
            c++;
          }
        }
      }
      clause[i] = c;
      segment[i] = s;
    }
  }

  /** Reads one sentence; returns the indicator in scope at its end, for a continuing sentence. */
  private String readSentence(String text, Tokens t, int[] brackets, Context ctx, List<Fact> out, String carry, String previous) {
    int n = t.size();
    if (n == 0) {
      return null;
    }
    int[] clause = new int[n];
    int[] segment = new int[n];
    boundaries(text, t, clause, segment);
    boolean[] aside = asides(brackets, t);
    List<PeriodCues.Cue> found = cues.find(t, 0, n);
    State st = new State();
    st.segment = -1;
    st.text = text;
    st.words = t;
    for (int i = 0; i < n; i++) {
      String word = t.word(i);
      // the phrase sets below (triggers, forward, subset, scopes) start only with gate words
      boolean inGate = gate.contains(word);
      if (segment[i] == st.segment && !inGate && !Character.isDigit(word.charAt(0))
          && !(isProvinceName != null && Character.isUpperCase(text.charAt(t.start(i))) && startsProvinceName(t, i))) {
        // most words start no phrase, number or name: one set lookup instead of five (a
        // capitalised word outside the gate matters only as the start of a province name)
        continue;
      }
      if (segment[i] != st.segment) {
        st.segment = segment[i];
        st.scoped = false;
        st.hint = null;
        st.segmentStart = i;
        st.reference = false;
        if (i == 0 && carry != null && opensWithPeriod(found, 0)) {
          st.indicator = carry;
          st.triggerStart = -1;
          st.fromTrigger = true;
        } else if (opensWithPeriod(found, i)) {
          // "...; lũy kế 4 tháng đạt ...": the sentence's main subject, not its last sub-item
          if (st.head != null) {
            st.indicator = st.head;
            st.triggerStart = -1;
            st.fromTrigger = true;
          }
        } else {
          st.indicator = null;
          st.triggerStart = -1;
        }
        // a target announced once ("phấn đấu ...; ...; ...") governs the rest of the sentence
        st.allocation = false;
      }
      if (aside[i]) {
        // "TP.HCM (sau hợp nhất với Bình Dương, Bà Rịa - Vũng Tàu) thu ...": names in a remark
        // without figures do not take the clause from the subject before it
      } else if (i - st.segmentStart <= 4) {
        String h = unitHint(text, t, i, st.segmentStart);
        if (h != null) {
          st.hint = h;
          st.nameEnd = nameEnd(t, i + 1, h.substring(h.indexOf('|') + 1));
          scopeToList(st, carry, previous);
        }
      } else if (i > 0 && clause[i - 1] != clause[i] || i > 0 && listLeads.contains(t.word(i - 1))) {
        // "..., huyện Sơn Động 58,7 %", "..., phường Cửa Lò thu 312 tỷ đồng": a unit listed in its own clause
        String h = unitHint(text, t, i, i);
        if (h != null) {
          st.hint = h;
          st.nameEnd = nameEnd(t, i + 1, h.substring(h.indexOf('|') + 1));
          st.reference = false;
          scopeToList(st, carry, previous);
        }
      }
      String ph = aside[i] ? null : provinceHint(text, t, i, clause);
      if (ph != null) {
        st.hint = ph;
        st.nameEnd = nameEnd(t, i, ph.substring(ph.indexOf('|') + 1));
        // "Cả nước giải ngân 47,3 %; trong đó Bắc Ninh đạt 62,1 %, Bắc Giang 55,4 %": a
        // province named at the head of its clause speaks of itself, with the indicator in scope
        st.reference = false;
        scopeToList(st, carry, previous);
      }
      PhraseSet.Match scope = inGate ? scopes.matchAt(t, i) : null;
      if (scope != null) {
        // "toàn tỉnh có 320/411 xã" in a district report: the figures are the province's
        if (!("province".equals(scope.value()) && st.hint != null && st.hint.startsWith("province|"))) {
          // "Tại Thái Nguyên (đến tháng 11, toàn tỉnh có ...)": the province just named stays
          st.hint = "self".equals(scope.value()) ? null : "scope|" + scope.value();
        }
        st.reference = false; // "(toàn tỉnh giải ngân đạt 58,2 %)" after "bình quân chung": the area is named again
      }
      PhraseSet.Match m = inGate ? triggers.matchAt(t, i) : null;
      if (m == null && (st.indicator == null || st.scoped) && st.triggerStart < st.segmentStart && !st.forward && t.word(i).equals("thu") && moneyFollows(text, t, i + 1)
          && !(i > 0 && incomeSubjects.contains(t.word(i - 1)))) {
        // "Riêng quý II thu 7.402 tỷ đồng", "riêng tháng 10 thu 5 tỷ 860 triệu": the verb alone
        // before an amount of money is revenue collected
        m = new PhraseSet.Match(i, i + 1, "thu", "budget_revenue");
      }
      if (m != null && "-".equals(m.value()) && (excluded(t, i) || insideExclusion(text, t, i))) {
        i = m.to() - 1;
        continue;
      }
      if (m != null && "=".equals(m.value()) && ranking(t, i)) {
        i = m.to() - 1;
        continue;
      }
      if (m != null && "=".equals(m.value())) {
        // a reference ("bình quân cả nước", "Cả nước ... thu ngân sách"): the rest of the
        // clause chain speaks of another area
        st.indicator = null;
        st.reference = true;
        i = m.to() - 1;
        continue;
      }
      if (m != null && !"-".equals(m.value()) && lineItem(t, m, clause)) {
        st.indicator = null;
        i = m.to() - 1;
        continue;
      }
      if (m != null) {
        st.indicator = "-".equals(m.value()) ? null : m.value();
        if (st.head == null && st.indicator != null && !st.forward) {
          st.head = st.indicator;
        }
        st.triggerStart = i;
        st.fromTrigger = true;
        st.allocation = st.indicator != null && allocatedBefore(t, i, clause);
        if (st.indicator != null && !st.forward) {
          Indicator ind = cat.indicator(st.indicator);
          if (ind != null && ind.focus()) {
            readAssessment(text, t, m, clause, segment, found, ctx, out, st.hint);
          }
        }
        i = m.to() - 1;
        continue;
      }
      if (inGate && forward.matchAt(t, i) != null || futureYear(t, i, ctx)) {
        st.forward = true;
      }
      PhraseSet.Match sub = inGate ? subset.matchAt(t, i) : null;
      if (sub != null) {
        if (!opensWithPeriod(found, sub.to())) {
          st.indicator = null; // "riêng năm 2020 ước đạt ..." is the same total for one of the years
        }
        i = sub.to() - 1;
        continue;
      }
      String w = t.word(i);
      if (Character.isDigit(w.charAt(0))) {
        i = readNumber(text, t, i, clause, segment, found, ctx, st, out);
      }
    }
    return st.forward ? null : st.head != null ? st.head : st.indicator;
  }

  private boolean figuresPossible(Tokens t) {
    // digits first: most sentences that hold any have them, and a char test is cheaper than
    // the word lookups below
    for (int i = 0; i < t.size(); i++) {
      if (Character.isDigit(t.word(i).charAt(0))) {
        return true;
      }
    }
    // without digits, only a budget or disbursement trigger can open an assessment ("thu ngân
    // sách đạt thấp", "giải ngân còn chậm"); the trigger set's own first-word lookup is the gate
    for (int i = 0; i < t.size(); i++) {
      PhraseSet.Match m = triggers.matchAt(t, i);
      if (m != null && isAssessed(m.value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a trigger's value is an indicator a sentence can assess without a figure
   * ({@code assessed_in_words} in indicators.csv). A set of the codes, made once: asked at every
   * trigger of every sentence without digits.
   */
  private boolean isAssessed(String value) {
    return assessedInWords.contains(value);
  }

  /** Whether a cue starts within the first three words from token {@code i} ("; lũy kế 5 tháng ..."). */
  private static boolean opensWithPeriod(List<PeriodCues.Cue> found, int i) {
    for (PeriodCues.Cue c : found) {
      if (c.from() >= i && c.from() <= i + 4) {
        return true;
      }
    }
    return false;
  }

  /** "vốn ODA giải ngân đạt 58 %", "giải ngân vốn các chương trình mục tiêu quốc gia": a line item, not the indicator. */
  private boolean lineItem(Tokens t, PhraseSet.Match trigger, int[] clause) {
    if (lineItems.isEmpty()) {
      return false;
    }
    int from = trigger.from();
    // "15 chủ đầu tư giải ngân trên 80 %", "có 10 huyện thu ngân sách vượt dự toán": a
    // distribution over units, not the area's own figure
    for (int k = Math.max(0, from - 4); k < from - 1; k++) {
      String before = k > 0 ? t.word(k - 1) : "";
      if (clause[k] == clause[from] && PeriodCues.isDigits(t.word(k)) && !Character.isDigit(t.word(k + 1).charAt(0))
          && !t.word(k + 1).equals("tháng") && !t.word(k + 1).equals("năm")
          && !before.equals("tháng") && !before.equals("quý") && !before.equals("năm") && !before.equals("ngày")
          && !PeriodCues.isDigits(before) && PeriodCues.year(t.word(k)) == 0) {
        return true;
      }
    }
    for (int k = Math.max(0, from - 8); k < from; k++) {
      PhraseSet.Match li = lineItems.matchAt(t, k, from);
      if (li != null && clause[k] == clause[from] && li.value().equals(trigger.value())) {
        return true;
      }
    }
    for (int k = trigger.to(); k < Math.min(t.size(), trigger.to() + 1); k++) {
      PhraseSet.Match li = lineItems.matchAt(t, k);
      if (li != null && li.value().equals(trigger.value())) {
        return true;
      }
    }
    return false;
  }

  /** "(không kể tiền sử dụng đất)": the line item is excluded from the figure, not its subject. */
  private boolean excluded(Tokens t, int i) {
    for (int k = Math.max(0, i - 2); k < i; k++) {
      String w = t.word(k);
      if (w.equals("kể") || w.equals("tính") || w.equals("trừ") || w.equals("gồm")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last index of {@code c} in {@code text[from, to]} (both inclusive, clipped to the text),
   * or -1. The extractor looks a few characters around a number; {@code lastIndexOf} would walk
   * back to the start of the report when the character is not there, for every number.
   */
  static int lastWithin(String text, char c, int from, int to) {
    for (int i = Math.min(to, text.length() - 1); i >= Math.max(0, from); i--) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code c} occurs in {@code text[from, to]} (both inclusive, clipped to the text). */
  static boolean charWithin(String text, char c, int from, int to) {
    return lastWithin(text, c, from, to) >= 0;
  }

  /** "(không kể tiền sử dụng đất, xổ số)": every item of an exclusion in parentheses. */
  private static boolean insideExclusion(String text, Tokens t, int i) {
    int at = t.start(i);
    int open = lastWithin(text, '(', at - 80, at);
    if (open < 0 || text.indexOf(')', open) < at) {
      return false;
    }
    String inside = text.substring(open + 1, Math.min(text.length(), open + 14)).toLowerCase(java.util.Locale.ROOT);
    return inside.startsWith("không kể") || inside.startsWith("không tính") || inside.startsWith("trừ")
        || inside.startsWith("loại trừ") || inside.startsWith("bao gồm") || inside.startsWith("gồm") || inside.startsWith("ngoài");
  }

  /** "năm 2024" in a 2023 report: a target, not a result. */
  private static boolean futureYear(Tokens t, int i, Context ctx) {
    if (ctx.docPeriod() == null || !t.word(i).equals("năm") || i + 1 >= t.size()) {
      return false;
    }
    int y = PeriodCues.year(t.word(i + 1));
    return y > 0 && y > ctx.docPeriod().end().getYear();
  }

  private static final class State {
    /** The indicator in scope came from the sentence or the one before, not from this clause's words. */
    boolean scoped;
    String indicator;
    int triggerStart;
    boolean forward;
    int segment;
    boolean fromTrigger;
    boolean allocation;
    String hint;
    int segmentStart;
    /** The sentence's first indicator: what a continuing clause ("lũy kế ...") refers to. */
    String head;
    boolean reference;
    String text;
    /** Token after the last province name read as a hint: "Thái Nguyên (45,1 %)" lists its figure. */
    int nameEnd = -1;
    Tokens words;
  }

  /** "tỉnh Yên Bái giải ngân ...", "Hà Giang đạt 38,5 %": a province named in the clause owns its figures. */
  private String provinceHint(String text, Tokens t, int i, int[] clause) {
    PhraseSet.Match p = prefixes.matchAt(t, i);
    if (p != null && p.value().equals("province") && p.to() < t.size() && Character.isUpperCase(text.charAt(t.start(p.to())))) {
      int to = p.to();
      while (to < t.size() && to < p.to() + 4 && Character.isUpperCase(text.charAt(t.start(to)))) {
        to++;
      }
      return "province|" + t.join(p.to(), to);
    }
    if (p != null && p.value().equals("city") && isProvinceName != null && p.to() + 1 < t.size()
        && Character.isUpperCase(text.charAt(t.start(p.to())))
        && (opensClause(t, i, clause) || i > 0 && listLeads.contains(t.word(i - 1)))) {
      // "TP. Đà Nẵng giải ngân 8.215 tỷ đồng", "Thành phố Hồ Chí Minh mới đạt 27,4 %": a
      // centrally-run city is a province, named with or without its prefix
      for (int len = Math.min(4, t.size() - p.to()); len >= 1; len--) {
        String key = t.join(p.to(), p.to() + len);
        if (isProvinceName.test(key)) {
          return "province|" + key;
        }
        String whole = t.join(i, p.to() + len);
        if (isProvinceName.test(whole)) {
          return "province|" + whole;
        }
      }
    }
    boolean attribution = clause[i] == clause[0] && attributionLeads.contains(t.word(0)) && i > 1;
    if (isProvinceName != null && startsProvinceName(t, i) && Character.isUpperCase(text.charAt(t.start(i)))
        && (opensClause(t, i, clause) || i > 0 && listLeads.contains(t.word(i - 1)) || attribution || actsAfterName(t, i))) {
      // attribution: "Theo Sở Tài chính Khánh Hòa, thu ngân sách trên địa bàn tỉnh ...": the source's province
      // one word only for the one one-word province ("Huế (50,6 %)" on the 2025 map)
      for (int len = Math.min(4, t.size() - i); len >= 1; len--) {
        String key = t.join(i, i + len);
        if (isProvinceName.test(key)) {
          return "province|" + key;
        }
      }
    }
    return null;
  }

  /**
   * A listed province or unit with no indicator of its own in scope takes the sentence's, else
   * the previous sentence's: "Giải ngân ... đạt 61,8 %. Trong 8 địa phương cấp huyện, Vị Thủy
   * dẫn đầu với 78,6 % ...".
   */
  private static void scopeToList(State st, String carry, String previous) {
    if (st.indicator == null && !st.forward) {
      String scoped = st.head != null ? st.head : carry != null ? carry : previous;
      if (scoped != null) {
        st.indicator = scoped;
        st.scoped = true; // "Riêng huyện Đức Hòa thu 2.115 tỷ đồng": the unit's own verb may still say which
        st.triggerStart = -1;
        st.fromTrigger = true;
        // the list's subject stays the sentence's head: "..., trong đó thu nội địa ..." of one
        // province does not become the subject of the next
        st.head = st.head == null ? scoped : st.head;
      }
    }
  }

  /**
   * "... cho thấy TP.HCM thu ngân sách 6 tháng đạt ...": a province name followed at once by
   * a focus indicator's words is the subject, wherever it stands in the clause.
   */
  private boolean actsAfterName(Tokens t, int i) {
    if (!startsProvinceName(t, i)) {
      return false;
    }
    for (int len = Math.min(4, t.size() - i - 1); len >= 1; len--) {
      if (isProvinceName.test(t.join(i, i + len))) {
        PhraseSet.Match m = triggers.matchAt(t, i + len);
        return m != null && !"-".equals(m.value()) && !"=".equals(m.value());
      }
    }
    return false;
  }

  /** Whether a province name may start at token {@code i}: false only when none does. */
  private boolean startsProvinceName(Tokens t, int i) {
    return provinceFirstWords == null || provinceFirstWords.contains(t.word(i));
  }

  /** "bao gồm ..." opens the clause before the number, with no indicator of its own in between. */
  private boolean subItemBefore(Tokens t, int clauseStart, int i) {
    for (int k = clauseStart; k < i; k++) {
      PhraseSet.Match m = subItems.matchAt(t, k, i);
      if (m != null) {
        for (int q = m.to(); q < i; q++) {
          PhraseSet.Match trig = triggers.matchAt(t, q, i);
          if (trig != null && !"-".equals(trig.value()) && !"=".equals(trig.value()) && !trig.phrase().equals("thu")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The token after {@code name} where it starts at or just after {@code i} (after a prefix such as "tỉnh", "TP."). */
  private static int nameEnd(Tokens t, int i, String name) {
    int len = name.split(" ").length;
    for (int k = i; k <= Math.min(i + 2, t.size() - len); k++) {
      if (t.join(k, k + len).equals(name)) {
        return k + len;
      }
    }
    return -1;
  }

  /** The number at {@code i} follows a province name straight away ("Lào Cai 58,1 %", "Thái Nguyên (45,1 %)"). */
  private boolean listed(State st, int i) {
    if (st.nameEnd < 0 || st.hint == null || st.hint.startsWith("scope|") || i < st.nameEnd || i > st.nameEnd + 3) {
      return false;
    }
    for (int k = st.nameEnd; k < i; k++) {
      if (!listLinks.contains(st.words.word(k))) {
        return false;
      }
    }
    return true;
  }


  /** Words of a ranking before "cả nước" ("lớn nhất cả nước", "dẫn đầu cả nước"): not a national figure. */
  private boolean ranking(Tokens t, int i) {
    return i > 0 && rankWords.contains(t.word(i - 1)) || i > 1 && rankWords.contains(t.word(i - 2)) && PeriodCues.isDigits(t.word(i - 1));
  }

  /** Token {@code i} opens its clause, or follows only lead words ("trong đó Hà Nội ..."). */
  private static boolean opensClause(Tokens t, int i, int[] clause) {
    int k = i - 1;
    while (k >= 0 && clause[k] == clause[i] && HINT_LEADS.contains(t.word(k))) {
      k--;
    }
    return k < 0 || clause[k] != clause[i];
  }

  private static final java.util.Set<String> HINT_LEADS = java.util.Set.of("riêng", "tại", "đối", "với", "trong", "đó", "khi", "còn", "ở", "của", "toàn", "cả");

  /** "Huyện Châu Thành có 13/13 xã ...": a unit named at the head of its clause owns the clause's figures. */
  private String unitHint(String text, Tokens t, int i, int segmentStart) {
    PhraseSet.Match p = prefixes.matchAt(t, i);
    if (p == null || p.to() >= t.size()) {
      return null;
    }
    for (int k = segmentStart; k < i; k++) {
      if (!HINT_LEADS.contains(t.word(k))) {
        return null;
      }
    }
    int from = p.to();
    if (!Character.isUpperCase(text.charAt(t.start(from))) && !Character.isDigit(text.charAt(t.start(from)))) {
      return null;
    }
    int to = from;
    while (to < t.size() && to < from + 4 && (to == from || Character.isUpperCase(text.charAt(t.start(to))))) {
      to++;
    }
    return p.value() + "|" + t.join(from, to);
  }

  /** "Dự toán thu ngân sách ...", "Chỉ tiêu thu ngân sách ... được giao": the whole scope is a plan. */
  private boolean allocatedBefore(Tokens t, int trigger, int[] clause) {
    for (int end = trigger; end > Math.max(0, trigger - 3); end--) {
      if (clause[end - 1] != clause[trigger]) {
        break;
      }
      PhraseSet.Match a = allocation.endingAt(t, Math.max(0, end - 4), end);
      if (a != null && end == trigger) {
        return true;
      }
      String w = t.word(end - 1);
      if (end == trigger && (w.equals("tiêu") && end >= 2 && t.word(end - 2).equals("chỉ"))) {
        return true;
      }
    }
    return false;
  }

  private void readAssessment(
      String text, Tokens t, PhraseSet.Match trigger, int[] clause, int[] segment,
      List<PeriodCues.Cue> found, Context ctx, List<Fact> out, String hint) {
    int limit = Math.min(t.size(), trigger.to() + 40);
    for (int k = trigger.to(); k < limit && segment[k] == segment[trigger.from()]; k++) {
      PhraseSet.Match other = triggers.matchAt(t, k);
      if (other != null && !"=".equals(other.value()) && !other.value().equals(trigger.value())) {
        return;
      }
      PhraseSet.Match a = assessment.matchAt(t, k);
      if (a == null) {
        continue;
      }
      if (a.to() < t.size() && clause[a.to()] == clause[a.to() - 1] && isFigureStart(t, a.to())) {
        return;
      }
      if (vetoed(t, trigger.value(), segment, trigger.from())) {
        return;
      }
      String basisCode = null;
      for (int q = a.to(); q < Math.min(t.size(), a.to() + 4); q++) {
        PhraseSet.Match c = cmp.matchAt(t, q);
        if (c != null) {
          basisCode = c.value();
          break;
        }
      }
      if (basisCode == null && a.phrase().contains("cùng kỳ")) {
        basisCode = "yoy";
      }
      Indicator ind = cat.indicator(trigger.value());
      Period period = recordPeriod(t, trigger.from(), a.to(), segment, segment, found, ctx, ind);
      int cs = t.start(trigger.from());
      int ce = clauseEnd(text, t, clause, a.to() - 1);
      out.add(new Fact(ind.code(), ind.category(), "assessment", null, null, basisCode, null, null, a.value(), period,
          text.substring(cs, ce), cs, ce, hint, null));
      return;
    }
  }

  /** A digit token that is a figure rather than part of a period ("9 tháng", "quý 2", "năm 2023"). */
  private static boolean isFigureStart(Tokens t, int k) {
    if (!Character.isDigit(t.word(k).charAt(0))) {
      return false;
    }
    String next = k + 1 < t.size() ? t.word(k + 1) : "";
    String prev = k > 0 ? t.word(k - 1) : "";
    return !(next.equals("tháng") || next.equals("năm") || prev.equals("tháng") || prev.equals("năm") || prev.equals("quý"));
  }

  private boolean vetoed(Tokens t, String indicator, int[] segment, int at) {
    if (vetoes.isEmpty() || !vetoes.containsValue(indicator)) {
      return false;
    }
    int seg = segment[at];
    for (int k = 0; k < t.size(); k++) {
      if (segment[k] != seg) {
        continue;
      }
      PhraseSet.Match v = vetoPhrases.matchAt(t, k);
      if (v != null && indicator.equals(v.value())) {
        return true;
      }
    }
    return false;
  }

  /** Character offset where the clause holding token {@code i} ends. */
  private static int clauseEnd(String text, Tokens t, int[] clause, int i) {
    int k = i;
    while (k + 1 < t.size() && clause[k + 1] == clause[i]) {
      k++;
    }
    int end = t.end(k);
    if (end < text.length() && text.charAt(end) == '%') {
      end++;
    }
    return end;
  }

  /**
   * End of the wider window after a number's unit (token {@code k}): up to 20 words of the
   * segment of token {@code j}, stopping at a subset phrase or, for a count, at the next count
   * of the same noun.
   */
  private int extEnd(Tokens t, int k, int j, int[] segment, boolean countUnit) {
    int n = t.size();
    int extEnd = k;
    while (extEnd < n && extEnd < k + 20 && segment[extEnd] == segment[j] && subset.matchAt(t, extEnd) == null
        && !(countUnit && extEnd > k && countOfSameNoun(t, extEnd, k))) {
      extEnd++;
    }
    return extEnd;
  }

  /** First token of the clause (or segment) run that holds token {@code i}. */
  private static int runStart(int[] ids, int i) {
    int k = i;
    while (k > 0 && ids[k - 1] == ids[i]) {
      k--;
    }
    return k;
  }

  /** Reads the number at token {@code i}; returns the last token it consumed. */
  private int readNumber(
      String text, Tokens t, int i, int[] clause, int[] segment, List<PeriodCues.Cue> found,
      Context ctx, State st, List<Fact> out) {
    int n = t.size();
    double value = VnNumber.parse(t.word(i));
    if (Double.isNaN(value)) {
      return i;
    }
    if (t.start(i) >= 2 && text.charAt(t.start(i) - 1) == '/' && text.charAt(t.start(i) - 2) == '%') {
      return i; // "đạt 43,5%/50% mục tiêu": the target after the actual
    }
    if (i > 0 && NON_FIGURE_BEFORE.contains(t.word(i - 1))) {
      return i;
    }
    int after = t.end(i);
    if (after < text.length() && (text.charAt(after) == '/' || text.charAt(after) == '-')
        && i + 1 < n && t.start(i + 1) == after + 1 && !Character.isDigit(t.word(i + 1).charAt(0))) {
      return i + 1; // "05-NQ/TU", "1306/QĐ-UBND"
    }
    int j = i;
    // "1 234 tỷ đồng": thousands grouped by a space
    if (i + 2 < n && t.word(i).length() <= 3 && PeriodCues.isDigits(t.word(i)) && t.start(i + 1) == t.end(i) + 1
        && text.charAt(t.end(i)) == ' ' && t.word(i + 1).length() == 3 && PeriodCues.isDigits(t.word(i + 1))
        && !Character.isDigit(t.word(i + 2).charAt(0)) && (i == 0 || !NON_FIGURE_BEFORE.contains(t.word(i - 1)))) {
      value = value * 1000 + Integer.parseInt(t.word(i + 1));
      j = i + 1;
      after = t.end(j);
    }
    // denominator: "108/126", "12.300/10.000 tỷ"
    Double denominator = null;
    if (after < text.length() && text.charAt(after) == '/' && j + 1 < n && t.start(j + 1) <= after + 2
        && Character.isDigit(t.word(j + 1).charAt(0))) {
      double d = VnNumber.parse(t.word(j + 1));
      int after2 = t.end(j + 1);
      if (after2 < text.length() && text.charAt(after2) == '/') {
        return j + 2; // a date d/m/y
      }
      if (!Double.isNaN(d)) {
        denominator = d;
        j = j + 1;
      }
    }
    if (denominator == null && j + 3 < n && (t.word(j + 1).equals("trong") || t.word(j + 1).equals("trên"))
        && t.word(j + 2).equals("tổng") && t.word(j + 3).equals("số") && j + 4 < n && PeriodCues.isDigits(t.word(j + 4).replace(".", ""))) {
      // "72 trong tổng số 164 xã": a count and its total
      double d = VnNumber.parse(t.word(j + 4));
      if (!Double.isNaN(d)) {
        denominator = d;
        j = j + 4;
        after = t.end(j);
      }
    }
    if (j + 1 < n && NON_FIGURE_AFTER.contains(t.word(j + 1)) && !isPercentAt(text, t.end(j))) {
      return j;
    }
    // unit
    boolean percent = isPercentAt(text, t.end(j));
    int k = j + 1;
    double scale = 1;
    String money = null; // "billion" or "million"
    String currency = null;
    boolean thousand = false;
    if (!percent && k < n && clause[k] == clause[j] && !(k + 1 < n && (t.word(k + 1).equals("lệ") || t.word(k + 1).equals("trọng")))) {
      String w = t.word(k);
      MoneyUnit unit = moneyUnit(t, k);
      if (unit != null) {
        money = unit.money();
        scale = unit.scale();
        k += unit.words();
        if (unit.words() == 1 && money.equals("billion") && k + 1 < n && Character.isDigit(t.word(k).charAt(0)) && t.word(k + 1).equals("triệu")) {
          double extra = VnNumber.parse(t.word(k)); // "215 tỷ 340 triệu"
          if (!Double.isNaN(extra)) {
            value += extra / 1000.0;
            k += 2;
          }
        }
      } else if (w.equals("nghìn") || w.equals("ngàn")) {
        thousand = true;
        k += 1;
      } else if (w.equals("phần") && k + 1 < n && t.word(k + 1).equals("trăm")) {
        percent = true;
        k += 2;
      }
      if (money != null && k < n) {
        String c = t.word(k);
        if (c.equals("đồng") || c.equals("vnđ") || c.equals("vnd")) {
          currency = "vnd";
          k++;
        } else if (c.equals("usd") || c.equals("đô")) {
          currency = "usd";
          k += c.equals("đô") && k + 1 < n && t.word(k + 1).equals("la") ? 2 : 1;
        }
      }
      if (money != null && denominator == null && k < n && t.start(k) > 0 && text.charAt(t.start(k) - 1) == '/'
          && Character.isDigit(t.word(k).charAt(0)) && k + 1 < n && t.word(k + 1).equals(t.word(j + 1))) {
        double d = VnNumber.parse(t.word(k));
        if (!Double.isNaN(d)) {
          denominator = d * scale;
          k += 2;
          if (k < n && (t.word(k).equals("đồng") || t.word(k).equals("usd"))) {
            k++;
          }
        }
      }
      if (thousand && k < n && (t.word(k).equals("tỷ"))) {
        money = "billion";
        scale = 1000;
        k++;
      }
    }
    if (thousand) {
      value *= 1000;
      if (denominator != null) {
        denominator *= 1000;
      }
    }
    if ("million".equals(money) && currency == null && k < n && clause[k] == clause[j] && Character.isLetter(t.word(k).charAt(0))) {
      return k; // "2,5 triệu lượt khách": millions of something, not of đồng
    }
    if (money != null && k + 1 < n && t.word(k).equals("từ") && clause[k] == clause[j]) {
      PhraseSet.Match source = triggers.matchAt(t, k + 1);
      if (source != null && "-".equals(source.value())) {
        return k; // "thu 2 tỷ 860 triệu đồng từ xổ số": the amount of one source, a line item
      }
    }
    final int last = Math.max(j, k - 1);
    String unitKind;
    if (percent) {
      unitKind = "percent";
    } else if (money != null) {
      unitKind = "money";
    } else if (k < n && (t.word(k).equals("ha") || t.word(k).equals("héc"))) {
      unitKind = "ha";
    } else {
      unitKind = "count";
    }
    int clauseStart = runStart(clause, i);
    String approxCode = approxBefore(t, i, clauseStart);
    String verb = verbBefore(t, i, clauseStart);
    if (verb == null && st.triggerStart >= 0) {
      PhraseSet.Match trig = triggers.matchAt(t, st.triggerStart);
      boolean rate = trig != null && (trig.phrase().startsWith("tỷ lệ")
          || st.triggerStart >= 2 && t.word(st.triggerStart - 2).equals("tỷ") && t.word(st.triggerStart - 1).equals("lệ"));
      if (rate && trig.to() == i) {
        verb = "đạt"; // "đạt tỷ lệ giải ngân 89,6 %"
      }
    }
    if (verb == null && listed(st, i)) {
      verb = "đạt"; // "Thái Nguyên (45,1 %)", "Lào Cai 58,1 %": a listed province's own figure
    }
    if (verb == null && amountThenBracket(text, t.start(i))) {
      verb = "đạt"; // "Bình Thuận thu được 4.720 tỷ đồng (54 %)": the amount's rate of the plan
    }
    int windowEnd = k;
    while (windowEnd < n && windowEnd < k + 12 && clause[windowEnd] == clause[j]
        && !(unitKind.equals("count") && windowEnd > k && countOfSameNoun(t, windowEnd, k))) {
      windowEnd++;
    }
    String window = t.join(k, windowEnd);
    // the wider window is found and joined only when a count rule needs it (below), with the
    // unit as read here
    final boolean countUnit = unitKind.equals("count");
    // implied percent: "bằng 39,7 kế hoạch"
    if (unitKind.equals("count") && ("bằng".equals(verb) || "đạt".equals(verb)) && basis.matchAt(t, Math.min(k, n - 1)) != null
        && k < n && clause[k] == clause[j]) {
      unitKind = "percent";
    }

    String indicator = null;
    String measure = null;
    String basisCode = null;
    boolean fromRule = false;
    if (unitKind.equals("count") || unitKind.equals("percent") || unitKind.equals("money")) {
      if (unitKind.equals("percent") && ("chiếm".equals(verb) || "bằng".equals(verb)) && st.indicator != null && k < n
          && (t.word(k).equals("số") || t.word(k).equals("tổng"))
          && cat.indicator(st.indicator) != null && cat.indicator(st.indicator).category().equals("new_rural_area")) {
        Indicator cur = cat.indicator(st.indicator);
        indicator = cur.code();
        fromRule = true;
      }
      CountRule rule = indicator != null ? null : k < n && ruleHeads.contains(t.word(k)) || unitKind.equals("percent") && k < n && (t.word(k).equals("số") || t.word(k).equals("tổng"))
          ? matchRule(st.text, t, window, t.join(k, extEnd(t, k, j, segment, countUnit)), runStart(segment, i), clauseStart, i, unitKind) : null;
      if (st.indicator != null && unitKind.equals("count") && raisesTotal(t, clauseStart, i)) {
        Indicator cur = cat.indicator(st.indicator);
        if (cur != null && cur.units().equals("count") && startsWithNoun(window, cur.countNouns())) {
          rule = new CountRule(st.indicator, cur.countNouns(), List.of(), List.of(), List.of());
        }
      }
      if (rule != null && st.indicator != null && st.fromTrigger && !rule.indicator().equals(st.indicator)
          && rule.nouns().contains(window) && rule.prefixAny().isEmpty()) {
        // "Số xã đạt chuẩn nông thôn mới nâng cao đến nay là 30 xã": a bare noun after the
        // number says nothing of what is counted, and the subject names the qualified count
        // (a rule that reads the verb before the number, "giảm được 5.315 hộ nghèo", still wins)
        Indicator cur = cat.indicator(st.indicator);
        if (cur != null && cur.units().equals("count") && cur.countNouns().contains(window)
            && cur.category().equals(cat.indicator(rule.indicator()).category())) {
          rule = new CountRule(st.indicator, cur.countNouns(), List.of(), List.of(), List.of());
        }
      }
      if (rule != null) {
        indicator = rule.indicator();
        fromRule = true;
        st.indicator = indicator;
        st.triggerStart = i;
        st.fromTrigger = false;
        st.allocation = false;
      }
    }
    if (indicator == null) {
      indicator = st.indicator;
    }
    if (indicator == null && i > 0 && t.word(i - 1).equals("với") && unitKind.equals("money")) {
      // "Với 98,76 tỷ đồng, tổng thu ngân sách ... 6 tháng đạt ...": the subject follows
      for (int q = last + 1; q < Math.min(n, last + 4); q++) {
        PhraseSet.Match ahead = triggers.matchAt(t, q);
        if (ahead != null && !"-".equals(ahead.value()) && !"=".equals(ahead.value())) {
          indicator = ahead.value();
          break;
        }
      }
    }
    if (indicator == null || st.forward || st.reference || st.allocation && !fromRule) {
      return last;
    }
    Indicator ind = cat.indicator(indicator);
    if (ind == null || vetoed(t, indicator, segment, i)) {
      return last;
    }
    double v = value;
    String unit;
    switch (unitKind) {
      case "percent" -> {
        int pk = k;
        boolean annual = isPercentAt(text, t.end(j)) && text.startsWith("/năm", percentEnd(text, t.end(j)))
            || text.startsWith("/ năm", percentEnd(text, t.end(j)));
        String[] mb = percentMeasure(t, pk, clause[j], verb, ind, fromRule, annual);
        if (mb == null) {
          return last;
        }
        measure = mb[0];
        basisCode = mb[1];
        if (measure.equals("change") && !fromRule && isAllocation(t, clauseStart, i, st)) {
          return last;
        }
        if (measure.equals("change")) {
          if ("giảm".equals(verb)) {
            v = -value;
          } else if (!"tăng".equals(verb) && mb[2] != null) {
            v = value - 100;
          }
        } else if (measure.equals("pct_of_plan") && "vượt".equals(verb)) {
          v = 100 + value;
        }
        unit = "percent";
        if (denominator != null) {
          return last;
        }
      }
      case "money" -> {
        if (!ind.units().startsWith("money") || "tăng".equals(verb) || "giảm".equals(verb) || "vượt".equals(verb)) {
          return last;
        }
        if (!fromRule && subItemBefore(t, clauseStart, i)) {
          return last; // "(bao gồm thu từ xổ số kiến thiết 5.320 tỷ đồng)": a part of the total
        }
        if (!"usd".equals(currency) && !fromRule && isAllocation(t, clauseStart, i, st)) {
          return last;
        }
        measure = "level";
        boolean usd = "usd".equals(currency);
        if (usd) {
          unit = "usd_million";
          v = "billion".equals(money) ? value * 1000 * scale : value;
          if (denominator != null) {
            denominator = "billion".equals(money) ? denominator * 1000 * scale : denominator;
          }
        } else if (ind.units().equals("money_usd")) {
          return last;
        } else if (ind.units().equals("money_per_capita") && "million".equals(money)) {
          unit = "vnd_million";
        } else {
          unit = "vnd_billion";
          double f = "billion".equals(money) ? scale : 0.001;
          v = value * f;
          if (denominator != null) {
            denominator = denominator * f;
          }
          if (planInBrackets(text, t, i, clause, ind.code(), v, out)) {
            return last;
          }
        }
      }
      case "count" -> {
        // with a total ("Nam Định 194/194 xã") a listed count is the base standard; without one
        // ("Bắc Ninh có 63 xã" after "xã nông thôn mới nâng cao") it keeps the list's indicator
        if (listed(st, i) && (!startsWithNoun(window, ind.countNouns()) || denominator != null && ind.category().equals("new_rural_area"))) {
          // "Đắk Nông với 25/61 xã" after a district count: the noun names the indicator of the family
          for (Indicator other : cat.indicators().values()) {
            if (other.category().equals(ind.category()) && other.units().equals("count") && startsWithNoun(window, other.countNouns())) {
              ind = other;
              indicator = other.code();
              st.indicator = indicator;
              break;
            }
          }
        }
        if (!ind.units().equals("count")) {
          return last;
        }
        // "Nam Định 194/194 xã, Thái Bình 241/241 xã": a listed province's count of the noun in scope
        boolean listed = listed(st, i) && denominator != null && startsWithNoun(window, ind.countNouns());
        if (!fromRule && !listed) {
          if (hasRules(indicator) && (!st.fromTrigger || ind.category().equals("new_rural_area")) || !startsWithNoun(window, ind.countNouns())) {
            return last;
          }
          if (isAllocation(t, clauseStart, i, st)) {
            return last;
          }
        }
        if (denominator == null && i > 0 && t.word(i - 1).equals("năm") && PeriodCues.year(t.word(i)) > 0) {
          return last; // "Năm 2024 huyện có thêm 46 thôn ...": a year, not 2024 districts
        }
        int noun = k + 1;
        if (countReject.any(t, Math.min(noun, n), Math.min(windowEnd + 0, n))
            || ind.stock() && countRejectBefore.any(t, Math.max(clauseStart, i - 3), i)) {
          // "chọn 28 xã điểm", "đăng ký 6 xã về đích", "tăng 24 xã so với năm trước": not a stock
          return last;
        }
        measure = "level";
        unit = "count";
      }
      default -> {
        return last;
      }
    }
    Period period = recordPeriod(t, i, windowEnd, clause, segment, found, ctx, ind);
    int cs = !fromRule && st.triggerStart >= 0 && st.triggerStart <= i && segment[st.triggerStart] == segment[i]
        && t.end(j) - t.start(st.triggerStart) <= 260 ? t.start(st.triggerStart) : t.start(clauseStart);
    int ce = clauseEnd(text, t, clause, j);
    out.add(new Fact(ind.code(), ind.category(), measure, round(v), unit, basisCode,
        denominator, approxCode, null, period, text.substring(cs, ce), cs, ce, st.hint, null));
    return last;
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private boolean hasRules(String indicator) {
    return ruleIndicators.contains(indicator);
  }

  private static boolean isPercentAt(String text, int pos) {
    int p = pos;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p < text.length() && text.charAt(p) == '%' && p - pos <= 1;
  }

  private static int percentEnd(String text, int pos) {
    int p = text.indexOf('%', pos);
    return p < 0 ? pos : p + 1;
  }

  /**
   * "giải ngân 7.128 tỷ đồng, đạt 64,4% kế hoạch vốn (11.068 tỷ đồng)": an amount in brackets
   * that is the stated amount divided by the stated percentage is the plan, not a second level.
   * Without that arithmetic the bracket may hold the actual amount ("đạt 105% dự toán (5.230 tỷ)").
   */
  private boolean planInBrackets(String text, Tokens t, int i, int[] clause, String indicator, double amount, List<Fact> out) {
    int p = t.start(i) - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p < 0 || text.charAt(p) != '(' || out.isEmpty() || i == 0) {
      return false;
    }
    // the bracket follows the plan's own words: "Bình Dương (56.020 tỷ, đạt 105% dự toán), Đồng
    // Nai (53.540 tỷ)" is another province's amount, however close the arithmetic
    boolean afterPlan = false;
    for (int q = i - 1; q >= Math.max(0, i - 8) && clause[q] == clause[i - 1] && !afterPlan; q--) {
      afterPlan = basis.matchAt(t, q) != null;
    }
    if (!afterPlan) {
      return false;
    }
    Double level = null;
    Double pct = null;
    for (int q = out.size() - 1; q >= Math.max(0, out.size() - 4) && (level == null || pct == null); q--) {
      Fact f = out.get(q);
      if (!f.indicator().equals(indicator) || f.charEnd() < p - 300 || f.value() == null) {
        continue;
      }
      if (pct == null && f.measure().equals("pct_of_plan") && f.value() > 0) {
        pct = f.value();
      } else if (level == null && f.measure().equals("level") && "vnd_billion".equals(f.unit())) {
        level = f.value();
      }
    }
    return level != null && pct != null && amount > 0 && Math.abs(level * 100 / pct - amount) <= 0.03 * amount;
  }

  /** A number right after "(" that follows an amount in đồng. */
  private static boolean amountThenBracket(String text, int start) {
    int p = start - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p < 0 || text.charAt(p) != '(') {
      return false;
    }
    String before = text.substring(Math.max(0, p - 12), p).strip();
    return before.endsWith("đồng");
  }

  /**
   * "38 xã đạt chuẩn nâng cao và 6 xã kiểu mẫu": a number followed by the same noun starts the
   * next count, so the first count's words end before it.
   */
  private static boolean countOfSameNoun(Tokens t, int q, int noun) {
    if (q + 1 >= t.size() || !t.word(q + 1).equals(t.word(noun))) {
      return false;
    }
    String w = t.word(q);
    return !w.isEmpty() && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(w.length() - 1));
  }


  /**
   * The money words after a number: "billion" (tỷ, with {@code scale} 1000 for "nghìn tỷ" and a
   * million for "triệu tỷ") or "million" (triệu), and how many words they take; null when the
   * words name no amount of money. The one list of money words, for figures, captions and verbs.
   */
  record MoneyUnit(String money, double scale, int words) {}

  static MoneyUnit moneyUnit(Tokens t, int k) {
    if (k >= t.size()) {
      return null;
    }
    String w = t.word(k);
    boolean billionNext = k + 1 < t.size() && (t.word(k + 1).equals("tỷ") || t.word(k + 1).equals("tỉ"));
    if ((w.equals("nghìn") || w.equals("ngàn")) && billionNext) {
      return new MoneyUnit("billion", 1000, 2);
    }
    if (w.equals("tỷ") || w.equals("tỉ")) {
      return new MoneyUnit("billion", 1, 1);
    }
    if (w.equals("triệu")) {
      return billionNext ? new MoneyUnit("billion", 1_000_000, 2) : new MoneyUnit("million", 1, 1);
    }
    return null;
  }

  /** Whether an amount of money starts at token {@code j} ("7.402 tỷ", "được 5 tỷ 860 triệu"). */
  private boolean moneyFollows(String text, Tokens t, int j) {
    for (int skipped = 0; j < t.size() && skipped < 2 && amountLeads.contains(t.word(j)); skipped++) {
      j++;
    }
    if (!(j + 1 < t.size() && !t.word(j).isEmpty() && Character.isDigit(t.word(j).charAt(0)) && moneyUnit(t, j + 1) != null)) {
      return false;
    }
    // "thu 50 triệu đồng/năm", "/ha": an income per head or per hectare, not the budget
    int end = t.end(Math.min(t.size() - 1, j + 2));
    return !charWithin(text, '/', t.end(j + 1), end + 1);
  }

  /** A count whose words end at the standard itself ("105 xã đạt chuẩn", "… được công nhận đạt chuẩn"). */
  private static final java.util.regex.Pattern CARRIED_END = java.util.regex.Pattern.compile("(?:đạt chuẩn|về đích)$");

  /**
   * The text before the sentence holding {@code at}, from the start of the previous line (at
   * most 500 characters), lower case: the paragraph a bare count follows.
   */
  static String previousSentence(String text, int at) {
    int end = at;
    while (end > 0 && !endsSentence(text, end - 1)) {
      end--;
    }
    int start = end;
    boolean words = false;
    while (start > 0 && start > end - 500) {
      char c = text.charAt(start - 1);
      if (c == '\n' && words) {
        break;
      }
      words |= !Character.isWhitespace(c);
      start--;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** A full stop, semicolon or line end; "9.346" and "TP.HCM" are not. */
  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    return (c == '.' || c == ';' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static boolean startsWithNoun(String window, List<String> nouns) {
    for (String noun : nouns) {
      // the noun as the window's whole or first words, with no string built per noun and number
      if (window.startsWith(noun) && (window.length() == noun.length() || window.charAt(noun.length()) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** "nâng tổng số lên", "nâng tổng số ... lên": the figure is the new total of what came before. */
  private static boolean raisesTotal(Tokens t, int clauseStart, int i) {
    for (int k = Math.max(clauseStart, i - 6); k < i; k++) {
      if (t.word(k).equals("nâng") && k + 1 < i && (t.word(k + 1).equals("tổng") || t.word(k + 1).equals("lên"))) {
        return true;
      }
    }
    return false;
  }

  private CountRule matchRule(String text, Tokens t, String window, String extWindow, int segStart, int clauseStart, int numberToken, String unitKind) {
    String segmentBefore = null;
    // whether the window ends as a carried count does, and the sentence before: found once
    Boolean carriedEnd = null;
    String before = null;
    if (unitKind.equals("percent")) {
      // "85% số xã đạt chuẩn", "100% tổng số xã"
      for (String lead : new String[] {"tổng số ", "số "}) {
        if (window.startsWith(lead)) {
          window = window.substring(lead.length());
          extWindow = extWindow.startsWith(lead) ? extWindow.substring(lead.length()) : extWindow;
        }
      }
    }
    String padded = " " + window + " ";
    String paddedExt = " " + extWindow + " ";
    if (!padded.contains(" nông thôn mới ") && !padded.contains(" ntm ")) {
      // "32/32 xã) đạt chuẩn nông thôn mới nâng cao": the qualifier after a parenthesis
      // belongs to the count; read the phrase up to the marker and the two words after it
      int m = paddedExt.indexOf(" nông thôn mới ");
      int len = " nông thôn mới ".length();
      if (m < 0) {
        m = paddedExt.indexOf(" ntm ");
        len = " ntm ".length();
      }
      if (m >= 0) {
        String[] rest = paddedExt.substring(m + len).trim().split(" ");
        String tail = rest.length >= 2 ? rest[0] + " " + rest[1] : rest[0];
        padded = paddedExt.substring(0, m + len) + tail + " ";
      }
    }
    String prefix = null;
    for (CountRule r : cat.countRules()) {
      if (!startsWithNoun(window, r.nouns())) {
        continue;
      }
      if (!r.prefixAny().isEmpty()) {
        if (unitKind.equals("percent")) {
          continue;
        }
        if (prefix == null) {
          prefix = " " + strippedPrefix(t, clauseStart, numberToken);
        }
        boolean ok = false;
        for (String p : r.prefixAny()) {
          if (prefix.endsWith(" " + p)) {
            ok = true;
            break;
          }
        }
        if (!ok) {
          continue;
        }
      }
      boolean ok = true;
      for (List<String> group : r.require()) {
        boolean any = false;
        for (String alt : group) {
          boolean topic = alt.startsWith("~");
          String a = topic ? alt.substring(1) : alt;
          if (padded.contains(" " + a + " ") || topic && paddedExt.contains(" " + a + " ")) {
            any = true;
            break;
          }
          if (topic) {
            if (segmentBefore == null) {
              segmentBefore = " " + t.join(segStart, numberToken) + " ";
            }
            if (segmentBefore.contains(" " + a + " ")) {
              any = true;
              break;
            }
            if (carriedEnd == null) {
              // the same for every rule and alternative of this number: read once
              carriedEnd = text != null && CARRIED_END.matcher(window).find();
            }
            if (carriedEnd && before == null) {
              before = previousSentence(text, t.start(numberToken));
            }
            if (carriedEnd && before.contains(a)) {
              // "Toàn huyện có 13/29 xã đạt chuẩn nông thôn mới. Cả tỉnh có 105 xã đạt chuẩn.":
              // a bare "xã đạt chuẩn" right after a sentence on the programme is about it
              any = true;
              break;
            }
          }
        }
        if (!any) {
          ok = false;
          break;
        }
      }
      for (String rej : r.reject()) {
        if (padded.contains(" " + rej + " ")) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return r;
      }
    }
    return null;
  }

  /** Words of the clause before the number, without trailing qualifiers and fillers. */
  private String strippedPrefix(Tokens t, int clauseStart, int numberToken) {
    int end = numberToken;
    while (end > clauseStart) {
      PhraseSet.Match a = approx.endingAt(t, clauseStart, end);
      if (a != null) {
        end = a.from();
        continue;
      }
      String w = t.word(end - 1);
      if (w.equals("được") || w.equals("thêm") || w.equals("mới") && end - 1 > clauseStart && !t.word(end - 2).equals("phát") && !t.word(end - 2).equals("lập")
          || w.equals("cho") || w.equals("là") || w.equals("đã") || w.equals("hiện") || w.equals("tổng") || w.equals("cộng")) {
        end--;
        continue;
      }
      break;
    }
    return t.join(Math.max(clauseStart, end - 8), end);
  }

  private String approxBefore(Tokens t, int i, int clauseStart) {
    String found = "exact";
    int k = i;
    int steps = 0;
    while (k > clauseStart && steps < 5) {
      PhraseSet.Match a = approx.endingAt(t, Math.max(clauseStart, k - 3), k);
      if (a != null) {
        if (found.equals("exact") || found.equals("about")) {
          found = a.value();
        }
        k = a.from();
      } else if (FILLERS.contains(t.word(k - 1))) {
        k--;
      } else {
        break;
      }
      steps++;
    }
    return found;
  }

  private String verbBefore(Tokens t, int i, int clauseStart) {
    int k = i - 1;
    int steps = 0;
    while (k >= clauseStart && steps < 5) {
      String w = t.word(k);
      if ((w.equals("đương") || w.equals("ứng")) && k > clauseStart && t.word(k - 1).equals("tương")) {
        return "đạt"; // "giải ngân được 2.541 tỷ đồng, tương đương 51,7 %": the same result as a rate
      }
      if (w.equals("với") && !(k > clauseStart && withComparison.contains(t.word(k - 1)))) {
        return "đạt"; // "Yên Bái dẫn đầu khu vực với 61,8 %": the subject's own figure, not a comparison
      }
      if (VERBS.contains(w) && !(w.equals("được") && k > clauseStart && VERBS.contains(t.word(k - 1)))) {
        if (w.equals("được")) {
          return "đạt";
        }
        return w;
      }
      if (!FILLERS.contains(w) && approx.matchAt(t, k) == null && !w.equals("hơn") && !w.equals("trên") && !w.equals("gần") && !w.equals("dưới")) {
        return null;
      }
      k--;
      steps++;
    }
    return null;
  }

  /**
   * Measure and basis of a percentage: {measure, basis, "cmp" if it compares with a period}.
   * Null when the words say nothing usable.
   */
  private String[] percentMeasure(Tokens t, int k, int clauseId, String verb, Indicator ind, boolean fromRule, boolean annual) {
    int n = t.size();
    int q = k;
    if (q < n && (t.word(q).equals("so") || t.word(q).equals("của") || t.word(q).equals("tổng"))) {
      q++;
      if (q < n && t.word(q).equals("với")) {
        q++;
      }
    }
    if (annual || (("tăng".equals(verb) || "giảm".equals(verb)) && q < n && t.word(q).equals("năm") && t.word(k).equals("mỗi"))) {
      return new String[] {"change", "annual_avg", null};
    }
    if (q > k && q + 1 < n && t.word(q).equals("năm") && PeriodCues.year(t.word(q + 1)) > 0) {
      return new String[] {"change", "yoy", "cmp"};
    }
    if (q < n) {
      PhraseSet.Match c = cmp.matchAt(t, q);
      if (c != null && (c.phrase().length() > 2 || q > k)) {
        return new String[] {"change", c.value(), "cmp"};
      }
      PhraseSet.Match b = basis.matchAt(t, q);
      if (b != null) {
        String code = b.value();
        if (code.equals("plan")) {
          for (int g = b.to(); g < Math.min(n, b.to() + 5); g++) {
            if (t.word(g).equals("giao")) {
              code = "assigned_plan";
              break;
            }
          }
        }
        return new String[] {"pct_of_plan", code, null};
      }
    }
    if ("chiếm".equals(verb)) {
      return new String[] {"share", null, null};
    }
    if (fromRule) {
      return new String[] {"share", null, null};
    }
    if (k < n && (t.word(k).equals("tổng") || t.word(k).equals("số") || t.word(k).equals("dân"))) {
      return new String[] {"share", null, null};
    }
    if ("tăng".equals(verb) || "giảm".equals(verb)) {
      return new String[] {"change", null, null};
    }
    String def = ind.percentDefault();
    if (def.startsWith("pct_of_plan")) {
      if (verb == null) {
        return null;
      }
      return new String[] {"pct_of_plan", def.contains(":") ? def.substring(def.indexOf(':') + 1) : null, null};
    }
    if (def.equals("share")) {
      return new String[] {"share", null, null};
    }
    return null;
  }

  /** Whether the number states an allocation or target ("được giao 5.600 tỷ") rather than a result. */
  private boolean isAllocation(Tokens t, int clauseStart, int numberToken, State st) {
    int from = clauseStart;
    boolean parenthetical = st.text != null && t.start(clauseStart) > 0 && charWithin(st.text, '(', t.start(clauseStart) - 2, t.start(clauseStart));
    if (!parenthetical && st.triggerStart >= 0 && st.triggerStart < numberToken && st.triggerStart < from) {
      from = Math.min(from, st.triggerStart);
    }
    boolean alloc = false;
    int k = from;
    while (k < numberToken) {
      PhraseSet.Match trig = triggers.matchAt(t, k, numberToken);
      if (trig != null && !"-".equals(trig.value())) {
        k = trig.to();
        continue;
      }
      PhraseSet.Match a = allocation.matchAt(t, k, numberToken);
      PhraseSet.Match b = achievement.matchAt(t, k, numberToken);
      if (a != null && (b == null || a.to() >= b.to())) {
        alloc = true;
        k = a.to();
      } else if (b != null && alloc && (t.word(k).equals("thu") || t.word(k).equals("chi")) && b.to() == k + 1
          && allocation.endingAt(t, Math.max(from, k - 4), k) != null) {
        k = b.to(); // "được giao dự toán thu 12.530 tỷ": the plan's revenue, not revenue collected
      } else if (b != null) {
        alloc = false;
        k = b.to();
      } else {
        k++;
      }
    }
    return alloc;
  }

  /** The record's own period: a cue in its segment, else one earlier in the sentence, else the default. */
  private Period recordPeriod(Tokens t, int at, int windowEnd, int[] clause, int[] segment, List<PeriodCues.Cue> found, Context ctx, Indicator ind) {
    PeriodCues.Cue best = null;
    for (PeriodCues.Cue c : found) {
      if (c.from() < at && segment[c.from()] == segment[at]) {
        best = c;
      }
    }
    if (best == null) {
      for (PeriodCues.Cue c : found) {
        if (c.from() > at && clause[c.from()] == clause[at]) {
          best = c;
          break;
        }
      }
    }
    if (best == null && !ind.stock()) {
      for (PeriodCues.Cue c : found) {
        if (c.from() < at && c.kind() != PeriodCues.Kind.NOW && c.kind() != PeriodCues.Kind.TO_DATE) {
          best = c;
        }
      }
    }
    Period doc = ctx.docPeriod();
    boolean stock = ind.stock() && !flowWords(t, at, segment);
    if (best == null) {
      if (stock) {
        LocalDate d = asOfDate(ctx);
        return d == null ? null : Period.asOf(d);
      }
      return doc;
    }
    Period p = Periods.resolve(best, doc, ctx.asOf(), stock);
    if (stock && p != null && !"as_of".equals(p.type())) {
      return Period.asOf(p.end());
    }
    return p;
  }

  /** "công nhận mới 12 sản phẩm", "có thêm 5 xã": a stock indicator counted as a flow. */
  private static boolean flowWords(Tokens t, int at, int[] segment) {
    for (int k = Math.max(0, at - 4); k < at; k++) {
      if (segment[k] == segment[at] && (t.word(k).equals("mới") && (k == 0 || !t.word(k - 1).equals("thôn")) || t.word(k).equals("thêm"))) {
        return true;
      }
    }
    return false;
  }

  static LocalDate asOfDate(Context ctx) {
    if (ctx.asOf() != null) {
      return ctx.asOf();
    }
    return ctx.docPeriod() == null ? null : ctx.docPeriod().end();
  }
}
