namespace CoachBot.Safety;

/// <summary>
/// The answers' phrases, by language within each kind. Written as people type them; they are folded like
/// the answer, so "sí", "si" and "SÍ" are one phrase. Each language's own buttons must read as what they say
/// (a test holds every label to it).
/// </summary>
public static partial class SafetyAnswers
{
    private static readonly AnswerPhrases NotOkay = new(
        phrases:
        [
            // English
            "not okay", "not ok", "not safe", "not fine", "not good", "not really", "not great", "struggling", "need help", "help me", "help now", "scared",
            // Spanish
            "no estoy bien", "no estoy a salvo", "no estoy segura", "no estoy seguro", "no me siento bien", "no muy bien", "no tan bien",
            "nada bien", "no realmente", "no mucho", "mal", "muy mal", "fatal", "necesito ayuda", "ayuda", "ayudame", "auxilio", "tengo miedo",
            "no puedo mas",
            // Portuguese
            "não estou bem", "não tô bem", "não estou seguro", "não estou segura", "não estou em segurança", "não me sinto bem", "nada bem",
            "não muito", "muito mal", "preciso de ajuda", "ajuda", "me ajuda", "me ajude", "socorro", "tenho medo",
            // French
            "ça va pas", "ça ne va pas", "je ne vais pas bien", "je vais pas bien", "pas bien", "pas en sécurité", "pas vraiment",
            "besoin d'aide", "aide-moi", "aidez-moi", "au secours", "j'ai peur",
            // Hindi and Hinglish
            "ठीक नहीं", "ठीक नही", "सुरक्षित नहीं", "सुरक्षित नही", "मदद चाहिए", "मदद करो", "मदद कीजिए", "बचाओ", "डर लग रहा",
            "theek nahi", "thik nahi", "theek nahin", "thik nahin", "safe nahi", "madad chahiye", "madad karo", "help chahiye", "bachao",
            "dar lag raha",
            // Vietnamese
            "không ổn", "không an toàn", "không khỏe", "không tốt", "cần giúp", "giúp tôi", "giúp mình", "giúp em", "cứu tôi", "cứu với",
            "sợ quá", "tôi sợ", "mình sợ", "tệ lắm",
            // Arabic
            "لست بخير", "مش بخير", "مش كويس", "مش تمام", "مو زين", "مو بخير", "مش منيح", "لست بأمان", "لست في أمان", "مش في أمان", "مش آمن",
            "ساعدني", "ساعدوني", "أحتاج مساعدة", "محتاج مساعدة", "أريد مساعدة", "خايف", "خائف", "النجدة",
        ],
        fragments:
        [
            // Chinese
            "不好", "不太", "不行", "不安全", "不怎么", "不怎麼", "需要帮助", "需要幫助", "帮帮我", "幫幫我", "救命", "救救我", "撑不住", "撐不住",
            "很难受", "很難受", "害怕",
            // Japanese
            "大丈夫じゃな", "大丈夫ではな", "だいじょうぶじゃな", "大丈夫じゃありません", "安全じゃな", "安全ではな", "助けて", "たすけて", "助けが必要",
            "つらい", "辛い", "無理", "むり", "だめ", "ダメ", "怖い", "こわい", "よくない", "良くない",
            // Korean
            "안 괜찮", "안괜찮", "괜찮지 않", "괜찮지않", "괜찮지가 않", "안전하지 않", "안전하지않", "도와줘", "도와주세요", "도움이 필요", "도움 필요",
            "살려", "힘들", "힘드", "무서워", "별로",
        ],
        wholeAnswers: []);

    private static readonly AnswerPhrases Okay = new(
        phrases:
        [
            // English
            "im okay lets go on", "im safe lets go on", "yes", "yeah", "yep", "yes im safe", "im safe", "safe", "okay", "ok", "fine", "im fine", "im good", "good",
            "all good", "i am okay", "i am safe", "i am fine", "joking", "just joking", "kidding", "just kidding", "jk", "lol",
            "figure of speech", "just a figure of speech", "just an expression", "go on", "lets go on", "continue", "lets continue",
            // Spanish
            "estoy bien", "bien", "todo bien", "estoy a salvo", "a salvo", "estoy segura", "estoy seguro", "sigamos", "continuemos", "seguimos",
            "claro", "de acuerdo", "vale", "tranquila", "tranquilo", "era broma", "es broma", "es una broma", "sí estoy", "sí gracias",
            // Portuguese
            "estou bem", "tô bem", "bem", "tudo bem", "tudo certo", "estou seguro", "estou segura", "em segurança", "vamos continuar",
            "pode continuar", "continuar", "era brincadeira", "brincadeira", "de boa", "sim",
            // French
            "ça va", "je vais bien", "tout va bien", "en sécurité", "on continue", "continuons", "d'accord", "ouais", "c'était une blague",
            "une blague", "je rigole", "pas de souci", "pas de problème", "oui",
            // Hindi and Hinglish
            "ठीक", "सुरक्षित", "आगे बढ़ें", "आगे बढ़ो", "चलो", "हाँ", "हां",
            "theek", "thik", "safe hoon", "safe hu", "haan", "chalo",
            // Vietnamese
            "tôi ổn", "mình ổn", "em ổn", "ổn rồi", "vẫn ổn", "ổn mà", "không sao", "bình thường", "an toàn", "tiếp tục", "tốt", "vâng",
            // Arabic
            "بخير", "تمام", "كويس", "زين", "منيح", "الحمد لله", "الحمدلله", "في أمان", "بأمان", "نعم", "أيوه", "لنكمل", "نكمل", "كمل", "استمر",
        ],
        fragments:
        [
            // Chinese
            "没事", "沒事", "没关系", "沒關係", "我很好", "还好", "還好", "挺好", "不错", "不錯", "安全", "继续", "繼續", "没问题", "沒問題", "好的",
            "开玩笑", "開玩笑",
            // Japanese
            "大丈夫", "だいじょうぶ", "平気", "へいき", "元気", "安全", "続け", "問題ない", "問題ありません", "冗談", "はい",
            // Korean
            "괜찮", "안전해", "안전합니다", "계속", "좋아", "문제없", "농담",
        ],
        // Too short or common to count inside a sentence ("si" is also "if", "da" is "of" in Portuguese).
        wholeAnswers: ["sí", "có", "dạ", "ừ", "ha", "han", "ji", "जी", "네", "예", "응", "웅", "好", "是", "是的", "嗯", "对", "對", "行", "うん", "ええ", "اه"]);

    private static readonly AnswerPhrases No = new(
        phrases: ["no", "nope", "nah", "não", "non", "nan", "không", "nahi", "nahin", "नहीं", "नही", "ना", "لا", "لأ", "كلا"],
        fragments: ["아니", "아뇨", "いいえ", "不是", "没有", "沒有"],
        wholeAnswers: ["不", "没", "沒", "na", "いや"]);
}
