using CoachBot.Safety;
using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Tests.Safety;

/// <summary>
/// Probes for the built-in detector in the nine languages besides English: crises of several kinds, crises
/// whose meaning holds a negation ("I don't want to live"), negated intents that only deserve a gentle check
/// ("I won't hurt myself"), and each language's everyday idioms and job-hunt talk that must stay quiet.
/// </summary>
public class MultilingualDetectorTests
{
    private static readonly CrisisDetector Detector = new();

    private static SafetySignal Assess(string text) => Detector.Assess(text, []);

    // ----- Crisis, by language and kind -----

    public static TheoryData<string, ConcernKind> CrisisProbes() => new()
    {
        // Spanish.
        { "la verdad ya no le encuentro sentido a mi vida", SelfHarm },
        { "ojalá me muriera esta noche", SelfHarm },
        { "a veces pienso en tirarme desde el balcón de mi depa", SelfHarm },
        { "llevo semanas juntando pastillas", SelfHarm },
        { "esta es mi despedida, cuiden a mi gato", SelfHarm },
        { "voy a apuñalar al entrevistador mañana", HarmToOthers },
        { "mi padrastro me golpea cuando llego sin trabajo", Abuse },
        { "quiero dormirme y no despertar nunca", SelfHarm },
        // Portuguese.
        { "não vejo sentido em viver depois de tanto não", SelfHarm },
        { "queria sumir pra sempre", SelfHarm },
        { "tô guardando remédios faz um tempo", SelfHarm },
        { "vou me jogar do viaduto hoje", SelfHarm },
        { "meu namorado me espancou de novo", Abuse },
        { "quero esfaquear o recrutador", HarmToOthers },
        { "comecei a me cortar de novo", SelfHarm },
        // French.
        { "j'ai plus aucune raison de vivre", SelfHarm },
        { "je pense à sauter du pont ce soir", SelfHarm },
        { "je veux disparaître pour toujours", SelfHarm },
        { "mon beau-père me frappe depuis des mois", Abuse },
        { "je vais buter le recruteur", HarmToOthers },
        { "j'ai envie de me faire du mal", SelfHarm },
        { "la vie n'a plus de sens pour moi", SelfHarm },
        // Hinglish and Hindi.
        { "ab jeene ki koi wajah nahi bachi", SelfHarm },
        { "main apne aap ko khatam kar dunga", SelfHarm },
        { "neend ki goliyan jama kar rakhi hain", SelfHarm },
        { "papa roz mujhe maarte hain", Abuse },
        { "us interviewer ko jaan se maar dunga", HarmToOthers },
        // "ko" is the Hindi "to", not the Vietnamese texting "không": no negation here.
        { "kal manager ko goli maar dunga", HarmToOthers },
        { "मेरा जीने का मन नहीं करता", SelfHarm },
        { "मैं छत से कूद जाऊँगा", SelfHarm },
        { "पापा मुझे मारते हैं", Abuse },
        // Chinese, simplified and traditional.
        { "我真的撑不住了", AcuteDistress },
        { "活着有什么意义", SelfHarm },
        { "活著有什麼意義", SelfHarm },
        { "我想从这个世界消失", SelfHarm },
        { "我已经攒了很多安眠药", SelfHarm },
        { "我又开始割腕了", SelfHarm },
        { "我想結束這一切", SelfHarm },
        { "我老公喝醉了就打我", Abuse },
        { "我要带刀去找那个面试官", HarmToOthers },
        // Japanese.
        { "もう生きる意味がない", SelfHarm },
        { "毎日消えてしまいたいと思う", SelfHarm },
        { "またリスカしちゃった", SelfHarm },
        { "駅のホームから飛び込もうかな", SelfHarm },
        { "父親に殴られるのが怖い", Abuse },
        { "あの面接官を殺してやりたい", HarmToOthers },
        { "もう全部終わりにしたい", SelfHarm },
        { "死にたくてたまらない", SelfHarm },
        // Korean.
        { "진짜 살기 싫다", SelfHarm },
        { "그냥 사라지고싶어", SelfHarm },
        { "다 끝내고 싶어", SelfHarm },
        { "극단적인 선택을 생각하고 있어", SelfHarm },
        { "어제 또 자해했어", SelfHarm },
        { "옥상에 올라왔어", SelfHarm },
        { "남자친구가 나를 때려", Abuse },
        { "그 면접관 죽여버리고 싶어", HarmToOthers },
        { "더 이상 못 버티겠어", AcuteDistress },
        // Vietnamese, with and without tone marks.
        { "tôi không còn muốn sống nữa", SelfHarm },
        { "toi khong con muon song nua", SelfHarm },
        { "sống chẳng còn ý nghĩa gì", SelfHarm },
        { "mình muốn biến mất mãi mãi", SelfHarm },
        { "em đang đứng trên sân thượng", SelfHarm },
        { "tôi lại rạch tay rồi", SelfHarm },
        { "bố tôi đánh tôi mỗi ngày", Abuse },
        { "tao sẽ giết thằng sếp đó", HarmToOthers },
        { "tôi đã nghĩ đến chuyện tự tử", SelfHarm },
        // Typed without tone marks "tự tử" is "tu tu", like "từ từ" (slowly); with no verb after it, it is read as suicide.
        { "em muon tu tu that su", SelfHarm },
        // Arabic, standard and dialects.
        { "أتمنى الموت كل يوم", SelfHarm },
        { "ما بدي عيش بعد اليوم", SelfHarm },
        { "مش عايز أعيش خلاص", SelfHarm },
        { "أفكر أرمي نفسي من الجسر", SelfHarm },
        { "جرحت نفسي مرة ثانية", SelfHarm },
        { "أبوي يضربني كل ما أرجع", Abuse },
        { "راح أقتله لو شفته", HarmToOthers },
        { "لم أعد أحتمل هذه الحياة", AcuteDistress },
        // Second pass, by concept: a life without meaning, farewells in letters, a burden on the family, means
        // gathered, self-harm in local words, a weapon taken to work, violence at home, romanized Arabic.
        { "siento que la vida no tiene sentido desde que me despidieron", SelfHarm },
        { "dejé una carta para mis padres en el escritorio", SelfHarm },
        { "me quemo con cigarros cuando me rechazan", SelfHarm },
        { "mi novio se pone violento si no le doy dinero", Abuse },
        { "voy a ir a la entrevista con una navaja", HarmToOthers },
        { "juntei uma caixa de comprimidos no armário", SelfHarm },
        { "comprei uma corda ontem", SelfHarm },
        { "adeus galera, não vou mais estar aqui", SelfHarm },
        { "meu pai me deu um soco na cara", Abuse },
        { "franchement ma vie n'a plus de sens", SelfHarm },
        { "je me suis encore scarifié le bras", SelfHarm },
        { "je vais me jeter sous un train", SelfHarm },
        { "je vais ramener un flingue au bureau", HarmToOthers },
        { "main apni family pe bojh hoon", SelfHarm },
        { "pankhe se latak jaunga", SelfHarm },
        { "bhai ne belt se maara", Abuse },
        { "uska sar phod dunga", HarmToOthers },
        { "मैं अपने माँ बाप पर बोझ हूँ", SelfHarm },
        { "我只是家人的累赘", SelfHarm },
        { "我已经攒了好多药", SelfHarm },
        { "他威胁说要打断我的腿", Abuse },
        { "我要让那个HR见血", HarmToOthers },
        { "生きている意味が見つからない", SelfHarm },
        { "父に殴られてばかり", Abuse },
        { "包丁を持って面接に行く", HarmToOthers },
        { "난 부모님께 짐만 돼", SelfHarm },
        { "선로에 뛰어들고 싶어", SelfHarm },
        { "남편이 때려요", Abuse },
        { "그 면접관 패버릴 거야", HarmToOthers },
        { "mình chỉ là gánh nặng của gia đình", SelfHarm },
        { "toi muon lao vao xe tai", SelfHarm },
        { "tao biet nha thang sep roi", HarmToOthers },
        { "لم أعد أرغب في العيش", SelfHarm },
        { "أنا عبء على عائلتي", SelfHarm },
        { "كتبت وصيتي امبارح", SelfHarm },
        { "جوزي قال هيموتني لو اشتكيت", Abuse },
        { "ana nefsi amot", SelfHarm },
        { "ha2tlo bokra", HarmToOthers },
        { "no le veo sentido a seguir con vida", SelfHarm },
        { "creo que todos vivirían mejor si yo no estuviera", SelfHarm },
        { "tomei muitos comprimidos agora há pouco", SelfHarm },
        { "j'ai envie de sauter du toit de la fac", SelfHarm },
        { "ghar walon pe bojh ban gaya hu", SelfHarm },
        { "我只想解脱", SelfHarm },
        { "もう生きるのがつらい", SelfHarm },
        { "오늘 밤 한강 갈까", SelfHarm },
        { "الحياة ملهاش أي طعم ولا معنى", SelfHarm },
        { "نفسي أنام وما أقوم تاني", SelfHarm },
        { "اشتريت حبل عشان أعلق نفسي", SelfHarm },
        { "bdi mout w khalas", SelfHarm },
        { "사는 게 지옥이야", SelfHarm },
        { "아빠가 내 목을 졸랐어", Abuse },
        { "toi khong muon ton tai tren doi nay", SelfHarm },
        { "se eu morresse ninguém ia notar", SelfHarm },
        { "ça changerait rien si je mourais", SelfHarm },
        { "真的想去死", SelfHarm },
    };

    [Theory]
    [MemberData(nameof(CrisisProbes))]
    public void Crisis_probes_are_a_crisis_of_their_kind(string text, ConcernKind kind)
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, kind), Assess(text));
    }

    // ----- A negation that is part of the crisis meaning stays a crisis -----

    [Theory]
    [InlineData("no quiero seguir viviendo así")]
    [InlineData("ya no tengo ganas de vivir")]
    [InlineData("não quero mais viver")]
    [InlineData("je ne veux plus vivre")]
    [InlineData("je n'ai plus envie de vivre")]
    [InlineData("mujhe ab nahi jeena")]
    [InlineData("ab jeene ka koi matlab nahi")]
    [InlineData("अब जीने का कोई मतलब नहीं")]
    [InlineData("我不想再活下去了")]
    [InlineData("もう生きていたくない")]
    [InlineData("더 살고 싶지 않아")]
    [InlineData("tôi chẳng thiết sống nữa")]
    [InlineData("لا أريد أن أعيش بعد الآن")]
    public void A_negation_inside_the_crisis_meaning_stays_a_crisis(string text)
    {
        Assert.Equal(ConcernLevel.Crisis, Assess(text).Level);
    }

    // ----- A negated intent to die or to harm is a gentle check -----

    [Theory]
    [InlineData("no me voy a hacer daño, tranquilo")]
    [InlineData("no quiero morirme, solo estoy cansada")]
    [InlineData("não vou me matar, só estou triste")]
    [InlineData("je ne vais pas me tuer, t'inquiète")]
    [InlineData("je n'ai pas envie de mourir")]
    [InlineData("main marna nahi chahta, bas thak gaya hu")]
    [InlineData("मैं मरना नहीं चाहता")]
    [InlineData("我不会自杀的，放心")]
    [InlineData("死ぬつもりはないよ")]
    [InlineData("자살할 생각은 없어")]
    [InlineData("toi khong muon chet dau")]
    [InlineData("مش عايز أموت، بس تعبان")]
    [InlineData("لن أنتحر")]
    public void A_negated_intent_is_a_check(string text)
    {
        Assert.Equal(ConcernLevel.Check, Assess(text).Level);
    }

    // ----- Idioms and ordinary job-hunt talk stay quiet -----

    [Theory]
    // Spanish.
    [InlineData("me muero de nervios por la entrevista")]
    [InlineData("me voy a cortar el pelo antes de la entrevista")]
    [InlineData("no puedo seguir con esta aplicación hasta el lunes")]
    [InlineData("quiero desaparecer de LinkedIn un rato")]
    [InlineData("ya no estaré disponible el viernes")]
    // Portuguese.
    [InlineData("tô morrendo de ansiedade pra saber o resultado")]
    [InlineData("não dá mais tempo de mandar o currículo")]
    [InlineData("vou cortar o cabelo amanhã")]
    [InlineData("quero sumir das redes sociais por uns dias")]
    // French.
    [InlineData("je suis mort de rire, ils m'ont rappelé")]
    [InlineData("ce recruteur me tape sur les nerfs")]
    [InlineData("je vais tuer le temps avant l'entretien")]
    [InlineData("adieu les vacances, je dois postuler")]
    // Hinglish and Hindi.
    [InlineData("hasi se mar gaya yaar")]
    [InlineData("interview mein sab khatam ho gaya, agli baar dekhenge")]
    [InlineData("भूख से मर रहा हूँ, खाना खाने जा रहा हूँ")]
    // Chinese.
    [InlineData("面试完累死了")]
    [InlineData("我想跳槽到一家更好的公司")]
    [InlineData("今天被打击到了，但明天继续投简历")]
    [InlineData("这次面试我死定了")]
    [InlineData("他打我电话说没通过")]
    // Japanese.
    [InlineData("面接で死ぬほど緊張した")]
    [InlineData("清水の舞台から飛び降りるつもりで応募した")]
    [InlineData("就活を早く終わらせたい")]
    [InlineData("飛び込み営業の仕事に応募した")]
    // Korean.
    [InlineData("힘들어 죽겠다 진짜")]
    [InlineData("이 회사에 목매고 있어")]
    [InlineData("취업 준비 빨리 끝내고 싶다")]
    [InlineData("부모님에게 맞춰 살았어")]
    [InlineData("회사 때려치우고 싶어")]
    [InlineData("이번 주에 자소서 다 끝내고 싶어")]
    // Vietnamese.
    [InlineData("tôi đói muốn chết")]
    [InlineData("toi muon tu tu tim viec khac")]
    [InlineData("sếp đánh giá tôi không cao")]
    [InlineData("tôi cần tư vấn nghề nghiệp")]
    [InlineData("toi can tu van nghe nghiep")]
    // Arabic.
    [InlineData("هموت من الضحك على الإيميل")]
    [InlineData("الرد اختفى من البريد")]
    [InlineData("تعبان موت من المقابلات")]
    [InlineData("آخر رسالة من الشركة كانت رفض")]
    [InlineData("على السطح شبكة الإنترنت أفضل")]
    // Second-pass hard negatives: quitting, a sharp remark, curiosity, laughter, being cut from a process.
    [InlineData("회사 때려치고 싶다")]
    [InlineData("他一针见血地指出了我的问题")]
    [InlineData("to mo muon chet, khong biet ket qua sao")]
    [InlineData("ela me mata de rir com esses memes")]
    [InlineData("estão me cortando do processo seletivo")]
    [InlineData("j'ai planté l'entretien technique")]
    [InlineData("この業界に飛び込みたい")]
    [InlineData("no puedo dormir de la emoción, mañana empiezo")]
    [InlineData("رميت نفسي في الشغل عشان أنسى")]
    [InlineData("한강 공원에서 산책하고 싶다")]
    [InlineData("就活を終わりにしたい")]
    public void Idioms_and_ordinary_talk_raise_no_concern(string text)
    {
        Assert.Equal(SafetySignal.None, Assess(text));
    }

    // ----- Figures of speech worth a gentle question, never the hand-off -----

    [Theory]
    [InlineData("me quiero morir de la vergüenza")]
    [InlineData("quero morrer de vergonha")]
    [InlineData("恥ずかしくて死にたい")]
    [InlineData("쪽팔려서 죽고 싶다")]
    [InlineData("尷尬得想死")]
    [InlineData("气得想杀人")]
    [InlineData("الانتظار يقتلني")]
    public void Figures_of_speech_are_at_most_a_check(string text)
    {
        Assert.Equal(ConcernLevel.Check, Assess(text).Level);
    }

    // ----- Visible distress without a crisis word: a gentle check -----

    [Theory]
    [InlineData("no he dormido en dos noches")]
    [InlineData("tive um ataque de ansiedade no ônibus")]
    [InlineData("je tremble depuis ce matin")]
    [InlineData("raat bhar roya main")]
    [InlineData("这几天都睡不着")]
    [InlineData("眠れない日が続いてる")]
    [InlineData("잠을 못 자겠어")]
    [InlineData("tim dap nhanh qua")]
    [InlineData("عندي نوبة هلع")]
    public void Visible_distress_is_a_check(string text)
    {
        Assert.Equal(ConcernLevel.Check, Assess(text).Level);
    }

    // ----- A farewell: thanks for everything, then goodbye, is two gentle signals and so a crisis -----

    [Theory]
    [InlineData("gracias por todo, de verdad. adiós a todos")]
    [InlineData("obrigada por tudo, adeus")]
    [InlineData("みんな今までありがとう、さよなら")]
    [InlineData("cảm ơn vì tất cả, tạm biệt")]
    [InlineData("谢谢你陪我，再见了")]
    public void Thanks_then_goodbye_is_a_crisis(string text)
    {
        Assert.Equal(ConcernLevel.Crisis, Assess(text).Level);
    }

    [Theory]
    [InlineData("merci pour tout")]
    [InlineData("今までありがとう")]
    public void Thanks_for_everything_alone_is_a_check(string text)
    {
        Assert.Equal(ConcernLevel.Check, Assess(text).Level);
    }

    // ----- Folding -----

    [Theory]
    [InlineData("मर जाऊँ", "मर जाऊं")]
    [InlineData("हूँ", "हूं")]
    public void Chandrabindu_reads_as_anusvara(string text, string expected)
    {
        Assert.Equal(expected, SafetyText.Normalize(text));
    }
}
