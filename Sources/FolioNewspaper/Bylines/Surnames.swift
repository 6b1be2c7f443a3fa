import FolioCore

/// Chinese family names: the single-character names that cover nearly all of the population
/// (in simplified and traditional characters) and the common two-character ones.
///
/// A byline names people, so a token there must start with a family name; this keeps words
/// such as 新闻 or 现场 from being read as names when they stand beside a role word.
enum Surnames {
    /// Single-character family names.
    static let single = ScalarSet(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由竺濮滑钭郗靖过眭蓬虢勇"
        + "張劉陳楊黃趙吳許韓馮鄧蘇呂盧鍾譚陸範賈韋鄒熊閆雷龔萬錢嚴葛聶嚴翟殷歐蘭柯紀童畢喬駱藍賴鮑饒艾蒙譚戴羅鄭謝唐蕭董潘蔣葉魏丁任沈姚崔孫馬朱胡郭何高林梁宋曹彭曾田袁於杜程顧毛郝邵湯溫龐顏莊聶魯嶽翟詹歐耿關蘭焦俞劉葉龍賀鄔賴鄺楊"
    )
    /// Two-character family names.
    static let double = PhraseSet([
        "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "长孙", "長孫",
        "宇文", "司徒", "夏侯", "轩辕", "軒轅", "令狐", "端木", "独孤", "獨孤", "南宫", "南宮", "西门", "西門", "百里", "呼延", "单于", "單於",
    ])

    /// Whether a name of Han characters starts with a family name.
    static func startsName(_ name: some StringProtocol) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        return single.contains(first) || double.endOfLongestPhrase(in: name, at: name.startIndex) != nil
    }
}
