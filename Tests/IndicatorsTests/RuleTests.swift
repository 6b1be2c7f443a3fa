import Foundation
import Indicators
import Testing

/// Each row of a paragraph as `value unit qualifier kind`, joined by "; ".
func figures(_ paragraph: String) -> String {
    IndicatorExtractor().indicators(inParagraph: paragraph)
        .map { "\($0.valueText) \($0.unit) \($0.qualifierText) \($0.kind.rawValue)" }
        .joined(separator: "; ")
}

@Suite struct NumberFormTests {
    @Test(arguments: [
        ("全市新增企业1,250家。", "1250 家 exact count"),
        ("全市新增企业１２５家。", "125 家 exact count"),
        ("累计培训4.5万人次。", "45000 人次 exact count"),
        ("共投入资金1.2亿元。", "120000000 元 exact money"),
        ("吸引游客50余万名。", "500000 名 more_than count"),
        ("新增会员3万多名。", "30000 名 more_than count"),
        ("新建口袋公园二十三个。", "23 个 exact count"),
        ("建成驿站两百个。", "200 个 exact count"),
        ("改造老旧小区一千零五户。", "1005 户 exact count"),
        ("新增就业一万二千人。", "12000 人 exact count"),
        ("投入资金一点五亿元。", "150000000 元 exact money"),
        ("建成站点十几个。", "15 个 about count"),
        ("吸引企业几十家。", "50 家 about count"),
        ("引进数十家企业。", "50 家 about count"),
        ("全年接待游客12,345,678人次。", "12345678 人次 exact count"),
        ("拥有图书4.5万余册。", "45000 册 more_than count"),
        ("近千名志愿者参与服务。", "1000 名 about count"),
        ("吸引上万人观看。", "10000 人 about count"),
    ])
    func readsNumbers(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }

    @Test(arguments: [
        ("他说：“今年我们一共培训了3000名新型职业农民，明年还要再多一些。”", "3000 名 exact count"),
        ("他说：“目标是建成驿站12个。", "12 个 exact count"),
    ])
    func readsFiguresInReportedSpeech(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }

    @Test(arguments: [
        ("森林覆盖率达95.5%。", "95.5 % exact share"),
        ("森林覆盖率达９５％。", "95 % exact share"),
        ("绿色建筑占比达到百分之二十。", "20 % exact share"),
        ("近三成居民选择公交出行。", "30 % about share"),
        ("近一半企业实现数字化改造。", "50 % about share"),
        ("两年半后完工。", ""),
        ("优良天数比例提高2个百分点。", "2 个百分点 exact change"),
        ("失业率下降0.5个百分点。", "-0.5 个百分点 exact change"),
        ("出口额翻一番。", "2 倍 exact change"),
        ("产业规模翻两番。", "4 倍 exact change"),
        ("销售额是去年的1.5倍。", "1.5 倍 exact measure"),
        ("订单量增长1.5倍。", "1.5 倍 exact change"),
    ])
    func readsSharesAndMultiples(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }

    @Test(arguments: [
        ("每个项目工期3至5年。", "3~5 年 range duration"),
        ("贷款利率为10—15%。", "10~15 % range share"),
        ("预计需要2万至3万人。", "20000~30000 人 range+forecast count"),
        ("能耗下降3%—5%。", "-3~-5 % range change"),
        ("每批招收二至三个班。", "2~3 个 range count"),
    ])
    func readsRanges(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }
}

@Suite struct QualifierTests {
    @Test(arguments: [
        ("志愿者超过800名。", "800 名 more_than count"),
        ("志愿者超800名。", "800 名 more_than count"),
        ("志愿者逾800名。", "800 名 more_than count"),
        ("志愿者突破800名。", "800 名 more_than count"),
        ("志愿者800余名。", "800 名 more_than count"),
        ("志愿者800多名。", "800 名 more_than count"),
        ("参与率在90%以上。", "90 % at_least share"),
        ("参与人数不少于500人。", "500 人 at_least count"),
        ("空置率不足5%。", "5 % less_than share"),
        ("空置率不到5%。", "5 % less_than share"),
        ("空置率低于5%。", "5 % less_than share"),
        ("单次培训在30人以下。", "30 人 at_most count"),
        ("单次培训不超过30人。", "30 人 at_most count"),
        ("单次培训最多30人。", "30 人 at_most count"),
        ("服务群众约2万人次。", "20000 人次 about count"),
        ("服务群众近2万人次。", "20000 人次 about count"),
        ("服务群众2万人次左右。", "20000 人次 about count"),
        ("服务群众大约2万人次。", "20000 人次 about count"),
        ("全年客流量预计达到800万人次。", "8000000 人次 forecast count"),
        ("全年营收预计超过100亿元。", "10000000000 元 more_than+forecast money"),
    ])
    func readsQualifiers(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }
}

@Suite struct UnitAndKindTests {
    @Test(arguments: [
        ("服务对象320人。", "320 人 exact count"), ("服务对象320名。", "320 名 exact count"),
        ("服务对象320人次。", "320 人次 exact count"), ("建成驿站12个。", "12 个 exact count"),
        ("签约企业12家。", "12 家 exact count"), ("完成改革12项。", "12 项 exact count"),
        ("出台措施12条。", "12 条 exact count"), ("举办培训班12期。", "12 期 exact count"),
        ("举办讲座12场。", "12 场 exact count"), ("新建学校12所。", "12 所 exact count"),
        ("帮扶困难家庭12户。", "12 户 exact count"), ("奖励资金50万元。", "500000 元 exact money"),
        ("奖励资金5亿元。", "500000000 元 exact money"), ("奖励资金5000元。", "5000 元 exact money"),
        ("建设周期15天。", "15 天 exact duration"), ("绿道全长120公里。", "120 公里 exact measure"),
        ("展厅面积3000平方米。", "3000 平方米 exact measure"), ("种植水稻500亩。", "500 亩 exact measure"),
        ("年产量2万吨。", "20000 吨 exact measure"), ("新增货轮12艘。", "12 艘 exact count"),
        ("队员平均年龄38.2岁。", "38.2 岁 exact measure"), ("项目用时3年，如期完工。", "3 年 exact duration"),
    ])
    func readsUnits(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }

    @Test(arguments: [
        ("抽检合格率为98%。", "98 % exact share"),
        ("新能源汽车占比30%。", "30 % exact share"),
        ("女性干部比例达到35%。", "35 % exact share"),
        ("营业收入同比下降3.2%。", "-3.2 % exact change"),
        ("营业收入增长12%。", "12 % exact change"),
        ("参展企业比上届减少12家。", "-12 家 exact change"),
        ("参展企业比上届增加12家。", "12 家 exact change"),
        ("收入提高800元。", "800 元 exact change"),
        ("成本降低5%。", "-5 % exact change"),
        ("营商环境评价排名第5名。", "5 名 exact rank"),
        ("营商环境评价居全省第2。", "2 位 exact rank"),
        ("营商环境评价位列全国第12位。", "12 位 exact rank"),
        ("增速高于全省平均水平1.5个百分点。", "1.5 个百分点 exact change"),
        ("涨幅低于全省0.2个百分点。", "-0.2 个百分点 exact change"),
        ("每千人口医生数达到3.9人。", "3.9 人 exact measure"),
        ("假期日均客流量达8.6万人次。", "86000 人次 exact measure"),
        ("停留时间延长0.4天。", "0.4 天 exact change"),
        ("贷款利率下调0.25个百分点。", "-0.25 个百分点 exact change"),
    ])
    func readsKinds(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }
}

@Suite struct ExclusionTests {
    @Test(arguments: [
        "全体党员增强“四个意识”、坚定“四个自信”。",
        "构建“1211”干部心理健康服务体系。",
        "深化实施“3315系列计划”。",
        "推进六争攻坚行动。",
        "深入学习十九届四中全会精神。",
        "坚决做到“两个维护”。",
        "2023年3月1日，项目正式启动。",
        "2020年是不平凡的一年。",
        "二〇二三年全市经济平稳。",
        "第A7版:政治纵深 上一版3  4下一版",
        "咨询电话0571-87654321。",
        "联系手机13812345678。",
        "村第一书记深入农户。",
        "第二产业发展迅速。",
        "一是加强服务；二是完善机制。",
        "1、加强服务；2、完善机制。",
        "职工30人以上企业全部建立工会。",
        "60岁以上老人免费体检。",
        "50万元以下项目简化审批。",
        "近三年来，全市持续发力。",
        "过去5年，城市面貌焕然一新。",
        "实施三年行动计划。",
        "5年内完成改造。",
        "打造一支过硬队伍。",
        "推出一系列举措。",
        "建成5G基站。",
        "入住三星级酒店。",
        "千分制考核体系更加完善。",
        "百花齐放春满园。",
        "将于3月底完成。",
        "In 2021, the city opened a new port.",
        "印发《海州市数字经济发展三年行动计划（2023—2025年）》。",
        "十十十十十个。",
    ])
    func findsNothing(_ paragraph: String) {
        #expect(figures(paragraph) == "")
    }
}

@Suite struct EnglishTests {
    @Test(arguments: [
        ("Exports rose 4.5 percent last year.", "4.5 % exact change"),
        ("Imports fell 2.1 per cent.", "-2.1 % exact change"),
        ("The city has 1.2 million residents.", "1200000 residents exact count"),
        ("More than 12,000 workers joined the scheme.", "12000 workers more_than count"),
        ("About 35% of households recycle.", "35 % about share"),
        ("Investment reached $3.5 billion.", "3500000000 USD exact money"),
        ("The port ranked 6th in the country.", "6 位 exact rank"),
        ("The project took 3 years.", "3 years exact duration"),
        ("Unemployment fell to 3.1%.", "3.1 % exact share"),
        ("Output is expected to reach 20,000 tonnes.", "20000 tonnes forecast measure"),
    ])
    func readsEnglish(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }
}

/// The number forms papers print (issue 14).
@Suite struct PrintedNumberFormTests {
    @Test(arguments: [
        ("产业项目占比不低于三分之二。", "66.67 % at_least share"),
        ("学龄儿童占1/3。", "33.33 % exact share"),
        ("重症病例中近1/3有基础疾病。", "33.33 % about share"),
        ("老年人接种量约占三分之一。", "33.33 % about share"),
        ("历时四年半建成。", "4.5 年 exact duration"),
        ("出口量约为去年的一倍半。", "1.5 倍 about measure"),
        ("出口量是去年的一倍半。", "1.5 倍 exact measure"),
        ("进出口额是去年同期的1.48倍。", "1.48 倍 exact measure"),
        ("预计新增吞吐量3至5万标箱。", "30000~50000 标箱 range+forecast measure"),
        ("每家补贴3-5万元。", "30000~50000 元 range money"),
        ("按“36+6”个班规模建设。", "42 个 exact count"),
        ("营商环境评价居全省第一。", "1 位 exact rank"),
        ("排名第6位。", "6 位 exact rank"),
        ("PM2.5平均浓度为29微克/立方米。", "29 微克/立方米 exact measure"),
        ("血液酒精含量为216mg/100ml。", "216 mg/100ml exact measure"),
        ("全社会用电量286.7亿千瓦时。", "28670000000 千瓦时 exact measure"),
        ("电力装机容量1147.52万千瓦。", "11475200 千瓦 exact measure"),
        ("客流回落12%。", "-12 % exact change"),
        ("生猪出栏下降4.2%。", "-4.2 % exact change"),
        ("企业减少3家。", "-3 家 exact change"),
        ("降水量较常年偏少七成。", "-70 % exact change"),
        ("40天春运期间，客流平稳。", "40 天 exact duration"),
        ("累计接种38.6万剂次。", "386000 剂次 exact count"),
    ])
    func readsPrintedForms(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }

    @Test(arguments: [
        ("三次产业结构为6.1∶41.2∶52.7。", ""),
        ("甲型H1N1占比较高。", ""),
        ("新入选人才数和工作站数均居全省第一。", ""),
        ("第1周流感活动增强。", ""),
        ("7日全市PM2.5浓度上升。", ""),
        ("按每人每天出行2次计算，日均出行量超过800万人次。", "8000000 人次 more_than measure"),
        ("站点500米覆盖率达到90%。", "90 % exact share"),
        ("停留时间由不足1天延长到2天。", "1 天 less_than duration; 2 天 exact duration"),
    ])
    func leavesNamesAndModifiers(_ paragraph: String, _ expected: String) {
        #expect(figures(paragraph) == expected)
    }
}
