namespace CoachBot.Safety.Concepts;

internal static partial class ConceptLexicon
{
    /// <summary>Vietnamese, folded without tones (as it is often typed), with chat shorthands (ko, k, dc, ny).</summary>
    private const string Vietnamese = """
        self: toi, minh, tao, em, chinh minh, ban than, tui, mk, mik
        others: moi nguoi, ai, khong ai, ho, nguoi ta, tat ca, no, chung no
        family: bo, ba, me, cha, gia dinh, anh trai, chi gai, em trai, em gai, bo me, ba me, cha me, ong, ba noi, bo duong
        partner: ban trai, ban gai, chong, vo, nguoi yeu, ny, chong cu, ck, vk
        want: muon, uoc, uoc gi, mong, dinh, tinh, nghi den, nghi toi, se, them
        not: khong, ko, k, hong, chang, dung, chua, kg
        never: khong bao gio, ko bao gio, khong con, ko con, nua, chang con
        death: chet, cai chet, qua doi, chet di, di chet, chet quach, mat di, chet cho xong, chet di cho roi
        suicide: tu tu, tu sat, tu ket lieu, ket lieu ban than, ket thuc cuoc doi, ket thuc cuoc song, ket lieu doi minh, quyen sinh, tuyet menh, thu tuyet menh
        kill: giet, dam chet, chem, giet chet, dam no, chem chet, bop co, siet co, dap dau, dap chet, tat axit, axit, xu no, dap vo dau
        live: song, cuoc song, cuoc doi, ton tai, tiep tuc, song tiep, thuc day, song lam gi, tho lam gi, hit tho
        end: ket thuc, cham dut, dung lai, xong, ket lieu, het
        disappear: bien mat, tan bien, khong ton tai, bien di, ra di, bien khoi
        sleep: ngu, ngu mai, ngu mot giac, tinh day, khong tinh day, thuc day
        forever: mai mai, vinh vien, vinh biet
        goodbye: tam biet, vinh biet, xin loi, cam on tat ca, cam on moi nguoi, bao trong, giu gin suc khoe, cham soc, tha loi, nho moi nguoi, cham con, cho di, tang lai, nho cham, nuoi giup, con meo
        last: cuoi, cuoi cung, lan cuoi, tin nhan cuoi, di thu, thu tuyet menh, lan cuoi cung
        pills: thuoc, thuoc ngu, vien thuoc, qua lieu, thuoc doc, thuoc sau, thuoc chuot, vi thuoc, ca vi, het vi, uong het, nuot
        height: san thuong, mai nha, cay cau, ban cong, cua so, toa nha, tang thuong, tang cao, duong ray, tau hoa, vach da, chung cu, nhay cau, tau hoa, cau long bien, xe tong, tong xe, lao xuong duong
        jump: nhay, nhay lau, nhay cau, lao xuong, gieo minh, roi xuong, nhin xuong, lao vao, nhay song, lao ra
        blade: dao, luoi lam, dao lam, keo, manh kinh, kinh vo, dao cao
        cut: cat, rach tay, tu hai, lam dau ban than, lam hai ban than, seo, cat tay, rach tay, co tay, dot tay, bat lua
        rope: day thung, treo co, thong long, that co
        gun: sung, vu khi, ban chet, ban no
        hit: danh toi, danh em, danh minh, bi danh, danh dap, bao hanh, dam da, tat vao mat, that lung, bop co, dap dau, dam vao, dam vao mat, dap vao, dap minh, dap em, dap nga, day nga, tat minh, tat em, giat toc, dap vo, danh t, danh tao, danh con, danh chau, nem vao
        hurt: lam hai, dau don, lam dau, ton thuong, hanh ha, xam hai, hiep dam, tra thu, bao thu, lam dau, so mo, sam so
        threat: de doa, doa, neu khong, khong thi, duoi ra khoi nha, duoi ra, nhot, cho no biet tay, biet tay, tra gia, tra thu, khong tha, khoa cua, khong ai tin, khong cho di, cam gap, kiem tra dien thoai, doc tin nhan, tung anh, lam loan
        fear: so hai, so lam, so qua, so chet, khiep, khong an toan, tron, so ve nha
        starve: khong an, bo an, nhin an, nhin doi, non, can nang, beo, gay, an kieng, bo bua, moc hong, bung doi, calo, giam can, tang can, giau do an, bi xiu, ngat xiu, bi ngat, thuoc giam can
        drink: ruou, bia, nhau, say, ma tuy, thuoc lac, can sa, heroin, ma tuy da, bia ruou, say xin, nghien, choi da, di bay, chich, bat tinh, choi ke, say khuot
        now: bay gio, gio, toi nay, hom nay, ngay bay gio, luc nay, vua moi, dem nay, ngay
        soon: ngay mai, mai, thu hai, cuoi tuan, tuan sau, sap
        plan: ke hoach, chuan bi, mua, gom, tich, dem, quyet dinh, san sang, cach, viet thu, de lai, mat khau, no nan, khoan no, viet xong, de duoi goi, duoi goi, thu cho, la minh lam, biet nha
        pointless: vo nghia, khong co y nghia, y nghia, de lam gi, lam gi, vo vong, tuyet vong, het hy vong, khong co ly do, ly do, khong con hy vong, bat luc, chang de lam gi
        burden: ganh nang, vuong vi, khong co minh, khong co toi, tot hon, khong ai quan tam, khong ai de y, khong ai nho, lang phi, phi tien, ton tien
        cantgoon: khong chiu noi, chiu het noi, het chiu noi, chiu dung, chiu noi, bo cuoc, buong xuoi, gioi han, khong the tiep tuc, het suc, khong tho noi, guc nga, khong qua noi, ko qua noi, chang qua noi
        tired: met, met moi, kiet suc, duoi suc, ranh, ngan
        cry: khoc, nuoc mat
        panic: hoang loan, hoang, lo au, kho tho, tho khong noi, run, tim dap, nghet tho
        worthless: vo dung, that bai, do bo di, rac ruoi, kem coi, ghet ban than, khong ra gi, phe vat
        alone: co don, mot minh, le loi
        sad: buon, tram cam, suy sup, dau kho, tan nat, trong rong, that vong, te
        everything: tat ca, moi thu, het
        job: viec, cong viec, viec lam, phong van, tu choi, truot, rot, offer, cong ty, ho so, cv, tuyen dung, thuc tap, sep, quan ly, email, mail, ung tuyen, nop don, hr, luong
        laugh: haha, hihi, dua thoi, dua, gion
        figure: doi chet, met chet, chan chet, cuoi chet, nong chet, lanh chet, so chet, ngai chet, chet mat, chet cuoi, chet doi, chet voi, muon chet voi, ngai, doi bung, chan qua, doi qua, buon ngu
        request: lam sao, giup, giup minh, xem giup, sua giup, viet giup, cach nao, nhu the nao, hoi, nen, co the
        okay: on, khong sao, ko sao, binh thuong, lan sau, co len, cam on, buc, tuc
        nosleep: mat ngu, khong ngu duoc, khong an duoc, may ngay, ca dem, suot dem, ca ngay
        wound: mau, chay mau, seo, vet thuong, bam tim
        fire: phong hoa, xang, bat lua, dot nha, dot xe
        """;
}
