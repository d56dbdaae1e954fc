using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Vietnamese (matched without diacritics, so typed either way) =====
    // Without tone marks some words read as harmless ones: "tự tử" (suicide) as "từ từ" (slowly), "tự vẫn" as
    // "tư vấn" (advice), "bạo hành" (abuse) as "bảo hành" (warranty). Those are in ToneSensitive, or appear
    // here only inside a phrase that no harmless reading shares.

    private static readonly LexiconEntry[] Vietnamese =
    [
        // Kinds of phrasing no layer read (thirteenth round, bench/README.md): future absence as a reason, farewell letters,
        // a drop looked down at, means at hand, eating disorders as numbers, substances with their effect, coercion at home.
        // Fourteenth round, by kind (issue 15): eating disorders as days, kilos and calories; future absence given as a
        // reason; burning and cutting oneself; vehicles, tracks and heights; a weapon bought and an address found; pills
        // with alcohol, stimulants with what they do; a will written and goodbyes said.
        .. Crisis(EatingDisorder,
            "van muon giam nua", "van muon giam can", "van thay minh beo", "van thay beo", "{khong} dam an", "an xong * moc hong", "an xong * oi/non",
            "moi ngay chi an nua", "chi an nua qua tao"),
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "{khong} con tren doi", "{khong} con tren coi doi", "{khong} con tren the gian", "{khong} con song nua",
            "dot/di/dui * thuoc la * tay/dui", "lay thuoc la dot", "cat/rach * tay * moi lan",
            "lao/nhay vao * xe tai/container", "lao/nhay vao * tau hoa", "dam xe vao tuong", "nam tren/ra/xuong duong ray", "ra duong ray",
            "cach nao chet nhanh", "cach * chet * {khong} dau", "chet * {khong} dau don", "viet di chuc", "tu biet bo/me/ba/cha", "tu biet gia dinh"),
        .. Crisis(HarmToOthers, "mua dao roi", "da mua dao", "mua san dao", "tim duoc dia chi * dao", "biet dia chi * dao"),
        .. Crisis(SubstanceUse, "thuoc ngu * ruou/bia", "ruou/bia * thuoc ngu", "ma tuy da * ao giac", "ao giac * dau nguc"),
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "{khong} tinh lai", "chet di * de hon", "chet * de hon la", "cam * dao lam", "cho het do", "cho het * do dac"),
        .. Farewell("{khong} phai loi cua"),
        .. Crisis(EatingDisorder, "moc hong"),
        .. Crisis(SubstanceUse, "thuoc adhd * tim dap", "tim dap loan * dau nguc"),
        // Wanting to die, not wanting to live, no reason to.
        .. Crisis(SelfHarm,
            "muon chet", "chi muon chet", "uoc gi * chet", "uoc minh chet", "uoc minh da chet", "chet cho xong",
            "chet di cho xong", "chet quach", "tha chet", "chet con hon", "chet con suong hon", "nghi den/toi/ve cai chet",
            "{khong} muon song", "{khong} con muon song", "{khong} thiet song", "het muon song", "chan song",
            "song {khong} co/con y nghia", "song de lam gi", "song lam gi nua", "song con y nghia gi", "song con gi y nghia",
            "{khong} con ly do * song", "{khong} co ly do * song", "{khong} dang song", "cuoc doi/song {khong} con y nghia",
            "nghi den/toi chuyen/viec tu tu", "nghi den/toi tu tu", "y dinh tu tu", "y nghi tu tu", "tu tu cho xong", "muon tu tu",
            "tu sat", "ket thuc cuoc doi/song", "ket thuc tat ca", "ket thuc moi thu", "ket thuc moi chuyen",
            "ket thuc ban than", "ket lieu", "muon bien mat", "nen bien mat", "bien mat cho xong", "bien mat di cho",
            "chua tung duoc sinh ra", "dung sinh ra", "neu toi/minh/em {khong} ton tai", "bien mat mai mai", "bien mat vinh vien",
            "bien mat khoi the gioi/the gian", "bien mat khoi cuoc doi", "roi xa/khoi * the gioi nay", "roi khoi the gian",
            "ngu mot giac * {khong} bao gio", "ngu mai {khong} day", "ngu luon {khong} day", "{khong} bao gio tinh day/lai", "{khong} bao gio thuc day nua",
            "dung bao gio tinh/thuc day", "{khong} muon thuc day nua", "{khong} muon tinh day nua", "tot hon * {khong} co toi/minh/em/tao",
            "{khong} co toi/minh/em * se tot hon", "chet di cho roi"),
        // A farewell.
        .. Crisis(SelfHarm,
            "vinh biet", "loi tu biet", "tin nhan cuoi cung", "thu tuyet menh", "tam biet moi nguoi mai mai",
            "tam biet vinh vien", "lan cuoi * noi chuyen"),
        // Plans and means.
        .. Crisis(SelfHarm,
            "uong het * thuoc", "uong ca * lo/vi/hop/nam thuoc", "tich * thuoc ngu", "uong thuoc ngu * chet", "qua lieu",
            "nhay lau", "nhay cau", "nhay song", "nhay tu * tang/tren", "dung/dang/o tren * {chocao}", "len * {chocao} * nhay",
            "treo co", "that co", "mua day thung", "cat co tay", "rach tay", "cat tay", "rach co tay",
            "lam hai ban than", "tu lam hai", "tu hai ban than", "tu lam dau", "lam dau ban than", "tu rach"),
        .. Crisis(AcuteDistress,
            "{khong} chiu noi nua", "het chiu noi", "{khong} chiu dung noi nua", "{khong} tru noi nua", "{khong} gang noi nua",
            "{khong} the tiep tuc nua", "{khong} the song tiep"),
        .. Check(AcuteDistress,
            "tuyet vong", "kiet suc", "suy sup", "ganh nang cho", "vo dung", "{khong} ai quan tam", "khoc suot",
            "hanh ha ban than", "cam on vi/ve tat ca", "tam biet", "xin loi bo/me", "muon duoc giai thoat", "chan doi"),
        // Harm to others.
        .. Crisis(HarmToOthers,
            "giet {doituong}", "muon giet", "se giet", "giet chet", "dam chet", "ban chet", "chem chet",
            "mang/cam * dao/sung * den/toi/vao/len * {noilam}", "dot * {noilam}", "biet nha * o dau"),
        // Abuse at home.
        .. Crisis(Abuse,
            "{nguoinha} * danh toi/em/minh/tao/con", "bi {nguoinha} * danh", "danh dap", "bi bao hanh", "bao hanh gia dinh",
            "bao luc gia dinh", "doa giet", "doa danh", "{khong} an toan o nha", "{khong} an toan khi o nha"),
        .. Check(Abuse, "so ve nha"),
        // Negated intent: a gentle check.
        .. FigureOfSpeech(SelfHarm, "{khong} muon chet", "{khong} tu sat", "{khong} lam hai ban than", "{khong} bao gio tu sat"),
        .. FigureOfSpeech(AcuteDistress, "met muon chet", "xau ho muon chet", "nhuc muon chet", "so muon chet"),
        .. NotAConcern(
            "cuoi muon chet", "doi muon chet", "chan muon chet", "nong muon chet", "lanh muon chet", "buon ngu muon chet",
            "chet cuoi", "giet thoi gian",
            // Without tone marks "muốn từ từ" (take it slowly) reads like "muốn tự tử"; a verb after it says which.
            "tu tu tim/lam/hoc/tinh/roi/thoi/xem/nghi/suy/chuan/ap/nop/gui/doc/viet/tra/noi/cho/kiem/di/quen/on/nhe/ma/da/cung/se/hieu/sap/thich/nop/lien/phong/tap", "danh gia/sach/thuc/may/bai/roi/van/dau"),
        // Second pass, by concept: not waking up, a burden on the family, pills gathered and swallowed, throwing
        // oneself under a train or a car, no strength to go on, knowing where someone lives to hurt them.
        .. Crisis(SelfHarm,
            "{khong} tinh day nua", "{khong} bao gio tinh day", "ngu luon {khong} day", "ngu mot giac {khong} day", "mong ngay mai {khong}",
            "ganh nang cho/cua bo/ba/me/cha/gia/moi/nha/ca", "gom/tich/tru/danh * thuoc", "uong het * thuoc",
            "thuoc ngu * uong het", "toi nay uong het", "lao/nhay vao * tau/xe/oto/duong", "lao/nhay xuong * song/ho/cau",
            "{khong} con suc * tiep tuc", "{khong} muon song nua", "{khong} muon ton tai", "tam biet moi nguoi", "tam biet ca nha", "tam biet tat ca", "song {khong} con y nghia"),
        .. Crisis(HarmToOthers, "biet nha {doituong}", "cho {doituong} biet tay"),
        .. Check(AcuteDistress,
            "khoc hoai", "khoc ca dem", "khoc mai", "khoc suot", "{khong} an {khong} ngu", "{khong} an duoc", "{khong} ngu duoc",
            "hoang loan", "{khong} tho duoc", "kho tho", "tim dap nhanh", "tay run", "run ray", "vo dung", "vo gia tri"),
        .. NotAConcern("to mo/doi/nong/lanh/cuoi/vui * muon chet", "to mo chet"),
    ];
}
