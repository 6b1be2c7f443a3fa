/// The words the Chinese rules look for around a number.
enum ChineseLexicon {
    /// What a unit or measure word measures; decides the kind and the normalisation.
    enum UnitCategory: Sendable {
        /// People and things counted with a measure word (人, 名, 个, 家).
        case count
        /// Money (元, 美元).
        case money
        /// Time spans (年, 天, 个月).
        case time
        /// Ages (岁).
        case age
        /// Physical magnitudes (公里, 平方米, 吨).
        case physical
        /// Percent and per mille.
        case percent
        /// Percentage points (个百分点).
        case points
        /// Multiples (倍).
        case multiple
        /// Tenths as a share (三成 = 30%).
        case tenths
        /// Doublings (翻一番 = 2倍).
        case doublings
        /// Half as a share (一半 = 50%).
        case half
        /// A rank (第6位); set by the unit stage after 第, never by a unit word.
        case rank
    }

    /// Units and measure words after a number, with their category.
    static let units = TaggedWordList<UnitCategory>(
        ["人次", "人", "名", "位", "个", "家", "项", "条", "期", "场", "所", "户", "件", "次", "批", "座", "处", "支",
         "只", "台", "辆", "艘", "架", "套", "份", "张", "本", "部", "篇", "种", "栋", "幢", "间", "棵", "株", "头",
         "匹", "枚", "颗", "盏", "门", "册", "首", "例", "起", "宗", "笔", "单", "节", "对", "组", "队", "床", "家次",
         "辆次", "架次", "艘次", "场次", "项次", "班次", "余人次", "剂次", "剂", "人份"].map { ($0, UnitCategory.count) }
        + ["元", "美元", "欧元", "港元", "日元", "英镑", "块钱"].map { ($0, .money) }
        + ["年", "天", "个月", "周", "小时", "个小时", "分钟", "秒", "个工作日", "工作日", "学时", "课时"].map { ($0, .time) }
        + ["岁", "周岁"].map { ($0, .age) }
        + ["公里", "千米", "米", "厘米", "毫米", "平方米", "平方公里", "平方千米", "平米", "亩", "公顷", "吨", "千克",
           "公斤", "克", "立方米", "千瓦", "千瓦时", "兆瓦", "升", "毫升", "标箱", "标准箱", "摄氏度", "℃",
           // Compound units, printed as they are: concentrations, speeds, yields.
           "微克/立方米", "毫克/立方米", "μg/m³", "μg/m3", "mg/m³", "mg/m3", "mg/100ml", "mg/100mL", "毫克/100毫升", "毫克/升",
           "mg/L", "公里/小时", "千米/小时", "km/h", "米/秒", "立方米/秒", "千克/亩", "公斤/亩", "吨/公顷"].map { ($0, .physical) }
        + [("%", .percent), ("％", .percent), ("‰", .percent), ("个百分点", .points), ("百分点", .points),
           ("倍", .multiple), ("成", .tenths), ("番", .doublings), ("半", .half)]
    )

    /// Written forms normalised to one unit name.
    static func normalisedUnit(_ unit: String) -> String {
        unitSpellings.first { $0.written.utf8.count == unit.utf8.count && unit.hasUTF8Prefix($0.written) }?.unit ?? unit
    }

    /// The written forms ``normalisedUnit(_:)`` changes, compared byte for byte: a `switch` on
    /// the string compared Chinese text through Unicode normalisation, case by case.
    private static let unitSpellings: [(written: String, unit: String)] = [
        ("％", "%"), ("百分点", "个百分点"), ("个小时", "小时"), ("块钱", "元"), ("周岁", "岁"), ("平米", "平方米"),
        ("千米", "公里"), ("公斤", "千克"), ("公斤/亩", "千克/亩"), ("标准箱", "标箱"), ("余人次", "人次"),
    ]

    /// Words before a number that say how the figure relates to the truth.
    static let qualifiersBefore = TaggedWordList<Indicator.Qualifier>(
        [("超过", .moreThan), ("超", .moreThan), ("逾", .moreThan), ("突破", .moreThan), ("多于", .moreThan),
         ("高于", .moreThan), ("大于", .moreThan), ("超出", .moreThan),
         ("不少于", .atLeast), ("不低于", .atLeast), ("至少", .atLeast),
         ("不足", .lessThan), ("不到", .lessThan), ("低于", .lessThan), ("少于", .lessThan), ("小于", .lessThan),
         ("未满", .lessThan), ("不及", .lessThan),
         ("不超过", .atMost), ("最多", .atMost), ("至多", .atMost), ("最高", .atMost),
         ("约", .about), ("近", .about), ("大约", .about), ("将近", .about), ("接近", .about), ("约为", .about), ("约占", .about),
         ("大概", .about)]
    )

    /// Words after a number (and its unit) that qualify it.
    static let qualifiersAfter = TaggedWordList<Indicator.Qualifier>(
        [("以上", .atLeast), ("及以上", .atLeast), ("以下", .atMost), ("及以下", .atMost), ("以内", .atMost),
         ("左右", .about), ("上下", .about), ("多", .moreThan), ("余", .moreThan)]
    )

    /// Verbs of change right before a number, with the sign they give it.
    static let changeVerbs = TaggedWordList<Int>(
        ["增长", "增加", "提高", "提升", "上升", "上涨", "增", "涨", "扩大", "高出", "多出", "攀升", "跃升", "拉动", "延长", "上调", "增多", "回升", "反弹",
         "增长了", "增加了", "提高了", "提升了", "上升了", "偏多", "偏高"].map { ($0, 1) }
        + ["下降", "减少", "降低", "下滑", "回落", "缩小", "缩减", "减", "降", "下跌", "跌", "缩短", "减轻", "压减", "下调", "减小",
           "下降了", "减少了", "降低了", "缩短了", "偏少", "偏低"].map { ($0, -1) }
    )

    /// Words in a clause that mark its figure as a forecast.
    static let forecastMarkers = WordList(["预计", "有望", "预测", "估计"])

    /// Comparisons that make a later figure a signed gap (低于全省0.2个百分点).
    static let comparatives = TaggedWordList<Int>(
        ["高于", "快于", "多于", "领先", "高出", "超出"].map { ($0, 1) } + ["低于", "慢于", "少于", "落后"].map { ($0, -1) }
    )

    /// Words before 第N that make it a rank (居全国第6).
    static let rankMarkers = WordList(["居", "位居", "位列", "排名", "排", "列", "名列", "跻身"])

    /// Words right before a time span that make it a time frame, not a duration (近三年, 过去5年).
    static let timeFrameBefore = WordList(["近", "过去", "连续", "最近", "前", "后", "这", "那", "每", "未来", "今后", "头"])

    /// Words right after a time span that make it a time frame (三年来, 5年内).
    static let timeFrameAfter = WordList(["来", "内", "间", "前", "后", "里", "中", "时", "以来", "期间", "之内"])

    /// Words that close 按…计算, a calculation's assumption.
    static let calculationWords = WordList(["计算", "测算", "估算", "折算"])

    /// Copulas right before a figure: what comes before them is what the figure measures (设计规模为48个班).
    static let copulas = WordList(["为", "是", "达", "达到"])

    /// Words that open a clause comparing the figure before with an earlier state (比去年, 较上年, 同比).
    static let comparisonOpeners = WordList(["比", "较", "同比"])

    /// Verbs that say the span after them is how long something took (历时四年半).
    static let durationVerbs = WordList(["历时", "历经", "为期", "用时", "耗时"])

    /// Words right after a time span that make it the name of a plan or campaign (三年行动计划).
    static let planWords = WordList(["行动", "计划", "规划", "攻坚", "工程", "战略", "纲要", "方案", "会战", "专项"])

    /// Statistical terms that hold a numeral and are no figures (三次产业结构).
    static let numeralTerms = WordList(["三次产业"])

    /// Words that share or split a figure among several subjects.
    static let distributionMarkers = WordList(["分别"])

    /// Words after which every listed subject has the same figure (均达100%).
    static let eachMarkers = WordList(["均达", "均为", "均超过", "均超", "均在", "均居", "均达到", "都达到", "都达", "均突破"])

    /// Connectors between listed subjects or figures.
    static let listConnectors = WordList(["、", "和", "与", "及", "以及", "或"])

    /// Words that begin a clause without belonging to its subject.
    static let leadingNoise = WordList(
        ["其中", "同时", "已", "共有", "拥有", "共", "目前", "截至目前", "截至", "全年", "全市", "我市", "本市", "全省", "全区",
         "全县", "去年", "今年", "当年", "累计", "共计", "总计", "合计", "实际", "首次", "已经", "且", "与", "、", "为", "对", "向", "给", "有", "分别有", "分别", "被",
         "过去一年间", "过去一年", "一年来", "近年来", "年内", "各级各类", "一季度", "二季度", "三季度",
         "四季度", "前三季度", "上半年", "下半年", "今年以来", "年初以来", "据测算", "据统计"]
    )

    /// Light verbs that introduce what was counted (举办计划内班次113个): the subject starts after the last one.
    static let introducingVerbs = WordList(
        ["举办", "开展", "打造", "建成", "创建", "组建", "成立", "设立", "选派", "招录", "录用", "选聘", "考录", "招聘",
         "评选", "评出", "出台", "制定", "发布", "推出", "新建", "开设", "培育", "认定", "实现", "发放", "开发", "投入", "接待"]
    )

    /// Words that end a subject without belonging to it (达, 为, 首次, 在).
    static let trailingNoise = WordList(
        ["达到", "达", "是", "有", "累计", "首次", "合计", "共计", "总计", "同比",
         "到", "已达", "再创", "创", "增至", "降至", "减至", "升至", "缩短至", "缩短到",
         "提高到", "提高至", "提升到", "提升至", "下降到", "下降至", "上升到", "上升至", "增加到", "增加至", "减少到",
         "减少至", "稳定在", "保持在", "维持在", "控制在", "保持", "稳定", "维持", "持续", "预计", "每人每年", "每人",
         "每年", "每天", "每月", "年均", "日均", "可达", "将达", "可"]
    )

    /// Predicate verbs that describe the counted people or things (5600余名书记担任“防控指挥官”).
    static let describingPredicates = WordList(
        ["担任", "下沉", "开通", "办理", "完成", "全部完成", "提交", "参加", "加入", "成为", "入选", "从事", "返乡", "留在",
         "实行", "选择", "享受", "享有", "入住"]
    )
}
