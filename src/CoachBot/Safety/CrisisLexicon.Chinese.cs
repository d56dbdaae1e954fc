using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Chinese (written once in simplified characters; the traditional spelling is derived) =====

    private static readonly LexiconEntry[] Chinese =
    [
        // Kinds of phrasing no layer read (thirteenth round, bench/README.md): future absence as a reason, farewell letters,
        // a drop looked down at, means at hand, eating disorders as numbers, substances with their effect, coercion at home.
        // Fourteenth round, by kind (issue 15): eating disorders as days, kilos and calories; future absence given as a
        // reason; burning and cutting oneself; vehicles, tracks and heights; a weapon bought and an address found; pills
        // with alcohol, stimulants with what they do; a will written and goodbyes said.
        .. Crisis(EatingDisorder, WithTraditional(
            "还是觉得胖", "还是觉得自己胖", "还觉得自己胖", "还是嫌自己胖", "还是觉得自己太胖", "不敢吃东西", "不敢吃饭", "怕吃东西", "吃了就去吐", "吃完去吐", "吃了又吐",
            "每天只吃一个苹果", "一天只吃一顿还")),
        .. Crisis(SelfHarm, WithTraditional(
            "我也不在了", "我已经不在了", "我早就不在了", "我人都不在了", "我已经不在这个世界",
            "用烟头烫", "拿烟头烫", "烫自己", "划胳膊", "割胳膊", "划手臂", "割手臂",
            "冲到车底", "冲到大货车", "冲到货车", "钻到车底", "往车底下", "撞向大货车", "开车撞墙", "开车去撞", "去卧轨", "躺到铁轨",
            "怎么死不痛", "怎么死不疼", "无痛的死法", "不痛苦的死法", "写好了遗嘱", "立好了遗嘱", "跟家人告别了", "跟爸妈告别了")),
        .. Crisis(HarmToOthers, WithTraditional("刀也买好了", "刀已经买好", "买好了刀", "地址我已经查到", "查到了她的地址", "查到了他的地址", "查到他家", "查到她家")),
        .. Crisis(SubstanceUse, WithTraditional("安眠药和酒", "安眠药配酒", "喝酒吃了安眠药", "就着酒吃了安眠药", "酒和安眠药", "吃了安眠药又喝")),
        .. Crisis(SelfHarm, WithTraditional("想好怎么结束了", "活着没什么意思", "活着没什么意义", "活着没啥意思", "觉得死了比", "死了比活着", "烟头烫", "划手了", "又划手")),
        .. Crisis(EatingDisorder, WithTraditional("抠吐", "催吐", "吃完就吐", "吃一点就去吐", "吃一点就吐")),
        .. Crisis(SubstanceUse, WithTraditional("一整瓶白酒")),
        // Wanting to die, not wanting to live, no meaning in living.
        .. Crisis(SelfHarm, WithTraditional(
            "想死", "不如死了", "死了算了", "死了也好", "死掉算了", "一死了之", "不想活", "活不下去", "活着没意思", "活着没有意思",
            "活着没意义", "活着没有意义", "活着有什么意义", "活着有什么意思", "活着干什么", "活着干嘛", "活着还有什么", "生无可恋",
            "不想再活", "不想存在", "不想醒来", "不要醒来", "再也不要醒", "再也不醒", "一睡不醒", "永远睡下去", "永远不要醒",
            "长眠不醒", "想消失", "想要消失", "永远消失", "从这个世界消失", "从世界上消失", "离开这个世界", "离开人世",
            "没出生", "不该出生", "不应该出生", "不该被生下来", "如果我不存在", "没有我会更好", "没有我更好", "没有我大家", "少了我会更好", "我死了大家", "我死了就", "等我不在了", "如果我不在了", "我消失了",
            "不要再醒", "不想再醒", "别再醒", "睡着就不要", "睡了就不要醒")),
        // Suicide and ending it all, with the usual euphemisms and internet slang.
        .. Crisis(SelfHarm, WithTraditional(
            "自杀", "轻生", "寻死", "一了百了", "跳下去", "紫砂", "自鲨", "结束这一切", "结束一切", "结束生命", "结束自己", "结束我的生命", "了结自己",
            "了结生命", "自我了断", "了断自己", "想做傻事", "去死算了")),
        // A farewell.
        .. Crisis(SelfHarm, WithTraditional(
            "永别了", "永别", "来世再见", "下辈子再见", "遗书", "遗言", "最后一条消息", "最后一次跟你说", "再见了这个世界",
            "告别这个世界", "再见了世界")),
        // Plans and means.
        .. Crisis(SelfHarm, WithTraditional(
            "攒安眠药", "囤安眠药", "很多安眠药", "好多安眠药", "一堆安眠药", "大量安眠药", "一把安眠药", "攒了很多药", "攒了好多药", "囤了很多药", "吞安眠药", "一整瓶安眠药", "整瓶安眠药", "安眠药全吃", "吃了一整瓶", "整瓶药", "吞药", "吃了很多药",
            "吃了好多药", "攒药", "囤药", "药都吃了", "跳楼", "跳河", "跳桥", "跳江", "跳海", "卧轨", "上吊", "买了绳子", "买绳子",
            "烧炭", "割腕", "自残", "划自己", "割自己", "伤害自己", "站在天台", "在天台上", "天台边", "站在楼顶", "爬上楼顶", "楼顶上", "在楼顶", "在天台", "天台上",
            "从楼上跳", "开煤气")),
        .. Crisis(AcuteDistress, WithTraditional(
            "撑不下去", "撑不住", "熬不下去", "熬不住", "坚持不下去", "坚持不住了", "扛不住了", "扛不下去")),
        .. Check(AcuteDistress, WithTraditional(
            "绝望", "崩溃了", "快崩溃", "受不了了", "没有希望", "没希望了", "我是累赘", "我是个累赘", "我是负担", "拖累大家",
            "没人在乎我", "一直在哭", "哭了一整天", "想不开", "做傻事", "安眠药", "活着太累", "活着好累", "活得好累", "活得太累", "不想再坚持", "人间不值得", "再见了", "谢谢你陪我", "不会再来了", "谢谢你们这么久")),
        // Harm to others.
        .. Crisis(HarmToOthers, WithTraditional(
            "杀了他", "杀了她", "想杀了", "要杀了", "杀了那个", "杀了面试官", "想杀人", "要杀人", "砍死", "捅死", "弄死他", "弄死她",
            "弄死那个", "捅了他", "砍了他", "带刀去", "带着刀去", "带把刀", "带枪去", "拿刀去", "拿着刀去", "放火", "烧了公司", "他们都得死", "我知道他住哪")),
        .. Check(HarmToOthers, WithTraditional("让他们付出代价", "让他付出代价", "找他算账", "算账")),
        // Abuse at home.
        .. Crisis(Abuse, WithTraditional(
            "家暴", "爸打我", "爸爸打我", "妈打我", "妈妈打我", "父亲打我", "母亲打我", "他打我", "她打我", "老公打我", "男朋友打我",
            "男友打我", "丈夫打我", "哥哥打我", "又打我", "就打我", "都打我", "天天打我", "经常打我", "总是打我", "动手打我", "就杀了我",
            "要杀了我", "会杀了我", "打我骂我", "虐待我", "被虐待", "揍我", "威胁要杀了我", "威胁要杀我",
            "说要杀了我", "在家不安全", "家里不安全", "性侵", "强奸")),
        .. Check(Abuse, WithTraditional("不敢回家", "怕回家")),
        // Negated intent: a gentle check ("不想死" is "I don't want to die").
        .. FigureOfSpeech(SelfHarm, WithTraditional(
            "不想死", "不会自杀", "不想自杀", "没想过自杀", "不会去死", "不会伤害自己", "不会做傻事", "不会轻生")),
        // Figures of speech: "so frustrated I could die", "so embarrassed I want to die", "so angry I could kill".
        .. FigureOfSpeech(AcuteDistress, WithTraditional("想死的心都有", "尴尬得想死", "丢脸得想死", "丢人得想死")),
        .. FigureOfSpeech(HarmToOthers, WithTraditional("气得想杀人")),
        // "想死你了" is "I miss you so much"; "跳楼价" is a rock-bottom price; "打我电话" is "call me".
        .. NotAConcern(WithTraditional("想死你", "想死妳", "想死您", "想死我了", "跳楼价", "打我电话", "打我手机")),
        // Second pass, by concept: a burden the family would be better off without, last messages, pills saved
        // up and a rope bought, cutting, not lasting the night, beatings and death threats at home, drawing blood.
        .. Crisis(SelfHarm, WithTraditional(
            "家里的累赘", "家人的累赘", "是个累赘", "拖累家里", "拖累家人", "没有我他们", "没有我大家", "没有我会更好", "没有我他们会更好",
            "最后一条消息", "最后一条讯息", "最后一次跟你们", "攒了一瓶", "攒了很多药", "攒了好多药", "攒安眠药", "囤了安眠药",
            "今晚全吃", "一次全吃", "全部吞", "吞药", "绳子已经", "买好了绳子", "买好绳子", "准备了绳子",
            "刀片", "割手腕", "划手腕", "割手", "熬不过今晚", "想去死", "去死算了", "不如去死", "想解脱", "活着太累", "活着好累", "撑不过今晚", "活不过今晚")),
        .. Crisis(Abuse, WithTraditional("拿衣架", "抽我", "打死我", "威胁说要", "威胁要杀", "要杀了我", "掐我脖子")),
        .. Crisis(HarmToOthers, WithTraditional("让他见血", "让他们见血", "见血", "捅死", "砍死", "弄死他", "弄死他们")),
        .. Check(AcuteDistress, WithTraditional(
            "到极限了", "一直哭", "哭停不下来", "哭了一整晚", "哭了一夜", "吃不下", "睡不着", "恐慌发作", "惊恐发作", "喘不过气",
            "一无是处", "手一直在抖", "手在抖", "心跳好快", "心慌", "失眠")),
        // Traditional spellings the character table does not derive (訊息 is its own word, 無 and 處 are missing).
        .. Crisis(SelfHarm, "最後一條訊息", "最後一條消息", "最後的訊息"),
        .. Check(AcuteDistress, "一無是處"),
        .. NotAConcern(WithTraditional("打死我也", "一针见血")),
    ];

    /// <summary>
    /// Simplified characters used above, each followed by its traditional form. A const, not a table, so
    /// it is there whatever order the lexicon's fields are initialised in.
    /// </summary>
    private const string SimplifiedAndTraditional =
        "杀殺轻輕结結这這没沒义義么麼着著无無恋戀长長远遠离離开開个個从從觉覺断斷寻尋鲨鯊会會们們别別来來辈輩见見遗遺书書" +
        "条條说說话話药藥攒攢楼樓桥橋卧臥买買绳繩烧燒残殘划劃伤傷边邊顶頂气氣撑撐坚堅溃潰绝絕负負担擔赘贅带帶枪槍让讓价價" +
        "妈媽继繼骂罵胁脅强強奸姦里裡丢丟脸臉尴尷电電机機干幹为為样樣后後时時对對头頭还還赖賴";

    /// <summary>Each phrase as written, and its traditional spelling when that differs.</summary>
    private static string[] WithTraditional(params string[] simplified) =>
        [.. simplified.SelectMany(phrase => new[] { phrase, ToTraditional(phrase) }).Distinct()];

    private static string ToTraditional(string simplified) => string.Create(simplified.Length, simplified, static (traditional, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var at = SimplifiedAndTraditional.IndexOf(source[i], StringComparison.Ordinal);
            traditional[i] = at >= 0 && at % 2 == 0 ? SimplifiedAndTraditional[at + 1] : source[i];
        }
    });
}
