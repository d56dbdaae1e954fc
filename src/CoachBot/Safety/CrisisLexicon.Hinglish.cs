using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Hinglish (Hindi in Latin letters; folding collapses doubled letters, so "maar" = "mar", "jeena" = "jena") =====

    private static readonly LexiconEntry[] Hinglish =
    [
        // Kinds of phrasing no layer read (thirteenth round, bench/README.md): future absence as a reason, farewell letters,
        // a drop looked down at, means at hand, eating disorders as numbers, substances with their effect, coercion at home.
        // Fourteenth round, by kind (issue 15): eating disorders as days, kilos and calories; future absence given as a
        // reason; burning and cutting oneself; vehicles, tracks and heights; a weapon bought and an address found; pills
        // with alcohol, stimulants with what they do; a will written and goodbyes said.
        .. Stated(ConcernLevel.Crisis, EatingDisorder,
            "phir/fir bhi {nahi} khaunga/khaungi/khaugi/khauga", "patla/patli dikhna * {nahi} khaya",
            "din se kuch {nahi} khaya * chakkar", "abhi bhi mota/moti lagta/lagti", "khana khake/khaake * ulti kar", "khane se darr/dar lagta"),
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "mera mar jana/jaana * better/behtar/accha/acha", "mar jana/jaana * better/behtar * plan",
            "railway/rail track/patri dekh ke aaya/aayi/aya/ayi", "track/patri pe/par * jaunga/jaungi/letunga/letungi",
            "cigarette se * jala/jalaya/jalati/jalata", "khud ko jala/jalaya/jalati/jalata", "truck/bus/train ke neeche/niche * aa jau/jaun/jaunga/jaungi/kud",
            "bina dard ke * marne/mrne", "will likh di/diya/li", "wasiyat likh", "sabko alvida * keh/bol diya",
            "{nahi} rahunga/rahungi * is duniya", "is duniya mein {nahi} rahunga/rahungi"),
        .. Crisis(HarmToOthers, "chaku/chaaku/chakku/knife/bandook/gun * kharid/khareed/kharida/le * liya/aaya/aayi * pata"),
        .. Crisis(SubstanceUse, "neend/nind ki goli/goliyan/goliya * daru/sharab/sharaab/alcohol", "daru/sharab/sharaab/alcohol * neend/nind ki goli/goliyan/goliya"),
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "zinda/jinda {nahi} rahunga/rahungi/rahoonga/rahoongi/rahuga/rahugi", "tak * zinda/jinda {nahi}",
            "blade chalaya/chalaaya/chalayi/chalai/chalati/chalata/chalana", "haath/hath/kalai * pe/par * blade",
            "chhat/chhath/terrace * pe/par * baitha/baithi/khada/khadi", "neeche/niche dekh raha/rahi",
            "pankhe/pankha * ki taraf * dekh", "pankhe/pankha * dupatta", "dupatta * pankhe/pankha"),
        .. Crisis(HarmToOthers, "chaku/chaaku/chakku * le liya", "chaku/chaaku/chakku * kharida/khareeda/khareed", "uska/unka * ghar * pata kar liya"),
        .. Crisis(Abuse, "kamre/room * mein band kar", "band kar denge * kamre/room"),
        // Wanting to die, not wanting to live, no reason to.
        .. Crisis(SelfHarm,
            "marna hai", "marna {chahta}", "mar jaana/jana {chahta}", "mar jana hai", "mar jau/jaun/jaon/jaoon/jayu",
            "mar hi jau/jaun", "marne ka/ki mann/man/mn/dil/ichha/iccha/khayal/khyal/soch", "marne ke khayal/khyal/vichar",
            "maut chahiye", "maut aa jaye/jae", "maut de de", "mujhe utha le", "mujhe upar bula le",
            "jeena/jina {nahi} {chahta}", "jeena/jina {nahi} hai", "{nahi} jeena/jina", "jeene/jine ka mann/man/mn/dil {nahi}",
            "jeene/jine ki ichha/iccha/wajah/vajah/waja {nahi}", "jeene/jine ka koi * matlab/fayda/faida/maksad/reason/wajah/mtlb",
            "jeene/jine ki koi * wajah/vajah/waja/ichha", "zindagi/zindgi/jindagi/jindgi/life ka koi * matlab/mtlb/fayda/maksad",
            "zindagi/zindgi/jindagi/jindgi se thak/tang * gaya/gayi/gai/hu", "zindagi/zindgi/jindagi/jindgi khatam/khatm",
            "zinda/jinda {nahi} rehna/rahna", "aur {nahi} jee/ji sakta/sakti/skta/skti", "jeene/jine se thak"),
        // Suicide and ending it all.
        .. Crisis(SelfHarm,
            "khudkushi", "aatmahatya", "atmahatya", "atmhatya", "khud ko maar/khatam/khatm/hurt/chot/nuksan/kaat/cut",
            "apne aap ko maar/khatam/khatm/hurt/chot/nuksan/kaat", "apni jaan le", "jaan de du/dunga/dungi/doon",
            "sab khatam/khatm kar du/dunga/dungi/dena/doon/lunga/lungi", "sab kuch khatam/khatm kar",
            "gayab ho jana/jaana {chahta}", "gayab ho jau/jaun", "hamesha ke liye gayab/so", "duniya chhod/chod du/dunga/dungi/dena/doon",
            "duniya se chala/chali jau/jaun/jaunga/jaungi", "kabhi na/nahi uthu/uthun/utthu", "so jau/jaun aur kabhi",
            "paida/peda hi na/nahi hota/hoti", "agar main na/nahi hota/hoti", "tum sab mere bina * khush", "mere bina * behtar"),
        // A farewell.
        .. Crisis(SelfHarm, "aakhri/akhri message/msg/sandesh", "sabko alvida", "alvida dosto", "hamesha ke liye alvida"),
        // Plans and means.
        .. Crisis(SelfHarm,
            "neend/nind ki goli/goliyan/goliya", "saari/sari goliyan/goliya/goli", "goliyan/goliya kha li/lunga/lungi/li hai",
            "zeher/zehar/jeher/jahar/zahar kha/khaa/pee/pi", "phaansi/fansi/phasi/fasi laga/lagaa/pe", "fanda/phanda",
            "chhat/chat/terrace/building/chhath/bridge se kood/kud/koodne/kudne", "chhat/chat/terrace/chhath pe/par khada/khadi", "neeche/niche kood/kud", "kood/kud jaunga/jaungi/jaun/jau", "train ke aage/neeche/niche",
            "nass/nas/naas kaat/kat", "haath/hath/kalai kaat/kat", "blade se", "cutting kar"),
        .. Crisis(AcuteDistress, "aur {nahi} seh/sah/jhel sakta/sakti/skta/skti", "ab {nahi} seh/sah/jhel sakta/sakti"),
        .. Check(AcuteDistress,
            "bardasht/bardash {nahi} hota/hoti/ho", "bahut akela/akeli", "koi umeed/ummeed {nahi}",
            "main bojh hu/hoon", "alvida", "ab aur {nahi} hota", "toot/tut gaya/gayi hu/hoon", "saans * {nahi} aa", "sorry mummy/maa/mumma/papa", "maaf kar dena/dijiye", "kisi ko fark {nahi}", "rona band {nahi}"),
        // Harm to others.
        .. Crisis(HarmToOthers,
            "usko/use/unko/usse/unhe/uss/us/tujhe/tuje/sabko maar/mar dunga/dalunga/daalunga/dungi/dalungi",
            "ko maar/mar dalunga/daalunga/dalungi", "ko jaan se maar/mar", "jaan se maar", "goli maar/mar dunga/du/dungi", "chaku/chaaku/chakku maar/mar * dunga/dungi/du/dalunga",
            "chaku/chaaku/chakku/knife/bandook/banduk/gun/pistol * leke/lekar * ja/jaunga/aaunga/aunga/office/interview", "chaku/chaaku/chakku/knife/bandook/banduk/gun/pistol le ke", "aag laga dunga/dungi/du"),
        // Abuse at home.
        .. Crisis(Abuse,
            "papa/pita/pitaji/baap/abbu/dad/mummy/mumy/mom/maa/ammi/bhai/bhaiya/pati/husband/boyfriend/bf/sasur/saas/chacha * mujhe/muje/mjhe maarte/marte/maarta/marta/maarti/marti/peet/pit/pitte/pitai",
            "mujhe/muje/mjhe maarte/marte/maarta/marta/maarti/marti hai/hain/h/he", "mujhe/muje peet/pit/pitai",
            "meri pitai", "ghar pe/par/mein * maarte/marte/pitai", "gharelu hinsa", "jaan se maarne/marne ki dhamki",
            "maarne/marne ki dhamki", "ghar mein/me * safe {nahi}"),
        // Negated intent: a gentle check.
        .. FigureOfSpeech(SelfHarm,
            "marna {nahi} {chahta}", "{nahi} marna", "marna {nahi} hai", "khudkushi/suicide/aatmahatya {nahi} karunga/karungi/karna",
            "khud ko hurt/nuksan {nahi} karunga/karungi"),
        .. FigureOfSpeech(AcuteDistress,
            "mar jaunga/jaungi", "sharam se mar", "sharm se mar"),
        .. NotAConcern("has/hass/hans/haste * ke mar", "hasi se mar", "bhookh/bhukh se mar", "thak ke mar", "mar gaya/gayi yaar/lol/bro"),
        // Second pass, by concept: the wish to live gone, not having to wake up, a burden on the family, rope and
        // fan, cutting and its marks, ending it all, farewells, beatings and slaps at home, breaking someone's head.
        .. Crisis(SelfHarm,
            "jeene/jine/jeeneka ka mann/man/dil hi {nahi}", "zinda/jinda rehne/rahne ka koi * matlab/mtlb/fayda/faida/wajah/maksad",
            "zinda/jinda rehne/rahne ka matlab/mtlb/fayda {nahi}", "uthna/uthu hi na/nahi pade/padhe", "kaash * uthna/uthu/uthun * na/nahi",
            "kabhi uthna hi na/nahi", "pe/par/liye bojh hu/hoon/hun/hoo", "bojh ban gaya/gayi/gya/gyi", "ghar/gharwalo/family/parents/mummy * pe/par bojh",
            "rassi/rassa * le aaya/aayi/aya/layi/laya/khareed", "pankhe/pankha/fan se latak", "latak jaunga/jaungi/jau/jaun",
            "cutting ki/karti/karta/karun/kari", "haath/hath/kalai pe/par * nishaan/nishan/cut", "sab khatam/khatm karna hai",
            "sab khatam/khatm kar {chahta}", "bye sabko/sab", "aaj ke baad * message/msg * {nahi} aayega/aega/ayega",
            "aaj ke baad {nahi} milunga/milungi"),
        .. Crisis(Abuse,
            "papa/pita/pitaji/baap/abbu/mummy/mom/maa/ammi/bhai/pati/husband/boyfriend/bf/sasur/saas/chacha ne * maara/mara/peeta/pita/thappad",
            "papa/pita/baap/abbu/mummy/maa/ammi/bhai/pati/husband/boyfriend/bf/sasur/saas roz/hamesha maarta/marta/maarte/marte/maarti/marti/peet/pitai",
            "belt/danda/chappal/joote se maara/mara/maarte/marte/peeta", "thappad maara/mara/maarta/marta/maarte/marte"),
        .. Crisis(HarmToOthers, "sar/sir phod/fod dunga/dungi/du/dalunga", "haddi/haddiyan/taang tod dunga/dungi"),
        .. Check(AcuteDistress,
            "rona band/bandh {nahi} ho", "roti/rota rahi/raha * raat", "raat bhar roya/royi/roti/rota", "ruk hi {nahi} raha/rahe",
            "haath/hath kaanp/kamp/kanp rahe", "dil * tez dhadak", "kuch khaya {nahi}", "neend {nahi} aati/aa", "kisi kaam ka/ki {nahi}",
            "panic attack", "saans {nahi} le pa"),
    ];
}
