package org.transcriptbot.index.parse;

/**
 * Whether a bare label of Chinese characters (no title before it) reads as a person's name: two or
 * three characters starting with a common surname, four when the surname is a compound one ("欧阳",
 * "司马"), or a foreign name written with "·". So "目前：", "对此：" or "关于这个问题：" opening a sentence is not
 * a speaker. A list rather than a model: the few hundred common surnames cover nearly every
 * official, and a missed rare surname only leaves a label unread, never credits words to someone.
 */
final class ChineseNames {
    /** Common Chinese surnames (first characters of compound ones included). */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶"
                    + "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
                    + "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
                    + "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
                    + "桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌"
                    + "奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜"
                    + "羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧由"
                    + "上东皇令宇轩端洪寿相习钮堵逄贲";

    private static final String COMPOUND_SURNAMES =
            "欧阳|司马|上官|诸葛|东方|皇甫|令狐|宇文|轩辕|端木|尉迟|公孙|慕容|夏侯|长孙|申屠|钟离|呼延|独孤|南宫|西门|司徒|司空|闻人|澹台|万俟";

    private ChineseNames() {}

    /** True when label (Chinese characters and "·" only) reads as a name. */
    static boolean isName(String label) {
        if (label.contains("·") || label.contains("•")) {
            return label.length() <= 12;
        }
        if (label.length() == 4) {
            return label.substring(0, 2).matches(COMPOUND_SURNAMES);
        }
        return label.length() >= 2 && label.length() <= 3 && SURNAMES.indexOf(label.charAt(0)) >= 0;
    }
}
