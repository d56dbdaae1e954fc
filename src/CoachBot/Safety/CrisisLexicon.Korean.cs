using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Korean (each phrase also matched without the spaces people often leave out) =====

    private static readonly LexiconEntry[] Korean =
    [
        // Kinds of phrasing no layer read (thirteenth round, bench/README.md): future absence as a reason, farewell letters,
        // a drop looked down at, means at hand, eating disorders as numbers, substances with their effect, coercion at home.
        // Fourteenth round, by kind (issue 15): eating disorders as days, kilos and calories; future absence given as a
        // reason; burning and cutting oneself; vehicles, tracks and heights; a weapon bought and an address found; pills
        // with alcohol, stimulants with what they do; a will written and goodbyes said.
        .. Crisis(EatingDisorder, WithAndWithoutSpaces("먹토", "먹고 토하", "먹으면 토하", "일부러 토하", "먹는 게 무서", "아직도 뚱뚱", "여전히 뚱뚱")),
        .. Crisis(SelfHarm, WithAndWithoutSpaces(
            "어차피 나 없을", "달엔 나 없을", "달에는 나 없을", "쯤엔 나 없을", "어차피 난 없을", "세상에 없을 거", "세상에 없을 테니", "살아있지 않을 거", "살아 있지 않을 거",
            "담배빵", "담뱃불로 지", "담배로 지져", "팔을 그어", "팔에 그어", "팔을 긋고",
            "트럭에 뛰어", "트럭 밑으로", "차에 치이고 싶", "차에 치여 죽", "벽에 박아", "선로에 누", "안 아프게 죽", "고통 없이 죽", "유언장", "가족들한테 작별", "가족에게 작별")),
        .. Crisis(HarmToOthers, WithAndWithoutSpaces("주소 알아냈", "주소를 알아냈", "집 주소 찾았", "칼 샀", "칼을 샀", "찌르러 갈", "죽이러 갈")),
        .. Crisis(SubstanceUse, WithAndWithoutSpaces("수면제랑 술", "술이랑 수면제", "술하고 수면제", "수면제하고 술", "술 마시고 수면제", "환각이 보")),
        .. Crisis(SelfHarm, "다 끝내려고", "다 끝내려구", "마지막 인사도 해놨", "마지막 인사를 해놨", "마지막 인사 해놨"),
        .. Crisis(EatingDisorder, "변비약 하루에", "변비약을 하루에"),
        // Wanting to die, not wanting to live, no reason to, disappearing, not waking.
        .. Crisis(SelfHarm, WithAndWithoutSpaces(
            "죽고 싶", "죽어버리고 싶", "죽어 버리고 싶", "죽었으면 좋겠", "죽는 게 낫", "죽는 게 나아", "죽는 게 편하", "죽을까 생각",
            "죽을 생각", "차라리 죽", "살기 싫", "살고 싶지 않", "살고 싶은 마음이 없", "살 이유가 없", "살아갈 이유가 없",
            "살아야 할 이유", "사는 게 의미 없", "사는 게 의미가 없", "사는 의미가 없", "살 의미가 없", "사는 게 무슨 의미",
            "살아서 뭐해", "살아서 뭐 해", "살아봤자", "삶의 의미가 없", "더 살고 싶지 않", "그만 살고 싶", "사라지고 싶",
            "없어지고 싶", "증발하고 싶", "세상에서 사라지", "영원히 잠들", "잠들어서 깨어나지", "깨어나지 않았으면", "안 깨어났으면", "안 깼으면", "깨지 않았으면", "눈을 안 떴으면",
            "눈 안 떴으면", "내일이 안 왔으면", "나 없으면 다들", "내가 없으면 다들", "내가 없어지면 다들", "나 없는 게 나")),
        // Suicide and ending it all ("극단적 선택", the extreme choice, is how the news says suicide).
        .. Crisis(SelfHarm, WithAndWithoutSpaces(
            "자살", "다 끝내고 싶", "다 끝내버리고", "모든 걸 끝내", "모든 것을 끝내", "전부 끝내고 싶", "삶을 끝내", "인생을 끝내",
            "내 삶을 끝", "생을 마감", "목숨을 끊", "스스로 목숨", "극단적 선택", "극단적인 선택", "극단적인 생각")),
        // A farewell.
        .. Crisis(SelfHarm, WithAndWithoutSpaces("유서", "마지막 메시지", "이게 마지막 인사")),
        // Plans and means, and self-harm.
        .. Crisis(SelfHarm, WithAndWithoutSpaces(
            "자해", "손목을 긋", "손목을 그었", "손목 긋", "칼로 긋", "팔을 긋", "커터칼로", "뛰어내리", "옥상에 올라", "옥상에 있",
            "옥상 난간", "다리 위에 서", "난간에 서", "한강 다리 위", "옥상 위에 서", "손목 그었", "손목 그어", "손목을 그어",
            "태어나지 말았어야", "태어나지 않았으면", "내가 없었으면", "한강 물 온도", "한강에 뛰어", "다리에서 뛰어", "수면제를 모으", "수면제 모으", "수면제를 다", "수면제 한 통",
            "약을 다 먹", "약 다 먹", "수면제 다", "수면제를 먹", "수면제 먹었", "약을 한꺼번에", "번개탄", "목을 매달", "목매달", "목을 매서", "목을 매고 죽", "밧줄을 샀")),
        .. Crisis(AcuteDistress, WithAndWithoutSpaces(
            "더 이상 못 버티", "더는 못 버티", "더 이상 버틸 수 없", "버틸 수가 없", "못 버티겠", "더 이상 견딜 수 없", "견딜 수가 없",
            "못 견디겠")),
        .. Check(AcuteDistress, WithAndWithoutSpaces(
            "희망이 없", "절망", "수면제", "나는 짐", "짐이 되", "아무도 신경 안", "울음이 안 멈", "계속 울고", "무너지고 있",
            "마지막 인사", "숨이 안 쉬어")),
        // Harm to others.
        .. Crisis(HarmToOthers, WithAndWithoutSpaces(
            "죽여버리고 싶", "죽여 버리고 싶", "죽여버릴", "죽여 버릴", "죽일 거", "죽이고 싶", "죽여버리겠", "죽이겠", "찔러 버리",
            "칼로 찌르", "칼 들고", "칼을 들고", "총 들고", "흉기 들고", "면접관을 죽", "인사담당자를 죽", "불 질러", "불을 질러", "불 지를", "불을 지르")),
        // Abuse at home.
        .. Crisis(Abuse, WithAndWithoutSpaces(
            [
                .. from who in (string[])["아빠", "아버지", "엄마", "어머니", "남친", "남자친구", "남편", "오빠", "형", "새아빠", "의붓아버지", "부모님", "애인"]
                   from what in (string[])["가 때리", "가 때려", "가 때렸", "가 나를 때", "가 날 때", "가 저를 때", "이 때리", "이 때려", "이 때렸",
                       "이 나를 때", "이 날 때", "한테 맞았", "한테 맞아", "한테 맞고", "에게 맞았", "에게 맞고", "한테 폭행", "가 폭행", "이 폭행", "가 두들겨", "이 두들겨"]
                   select who + what,
                "마시면 때", "취하면 때", "화나면 때", "매일 때려", "맨날 때려", "자꾸 때려", "또 때렸", "때려요", "때렸어요", "때립니다", "날 때려", "나를 때려", "저를 때려",
                "가정폭력", "학대", "폭행당", "맞고 살", "집에서 맞고", "집에서 맞아", "죽인다고 협박", "죽이겠다고 협박", "죽여버린다고", "집이 안전하지 않",
                "성폭행",
            ])),
        .. Check(Abuse, WithAndWithoutSpaces("집에 가기 무서", "집에 들어가기 무서")),
        // Negated intent: a gentle check ("죽고 싶지 않아" is "I don't want to die").
        .. FigureOfSpeech(SelfHarm, WithAndWithoutSpaces(
            "죽고 싶지 않", "죽고 싶은 건 아니", "자살 안 해", "자살 안 할", "자살하지 않", "자살할 생각은 없", "자살할 생각 없", "자해 안 해",
            "자해하지 않", "죽을 생각은 없", "죽을 생각 없")),
        // "so embarrassed I want to die / disappear".
        .. FigureOfSpeech(AcuteDistress, WithAndWithoutSpaces(
            "쪽팔려서 죽고 싶", "쪽팔려 죽고 싶", "창피해서 죽고 싶", "부끄러워서 죽고 싶", "창피해서 사라지고 싶", "쪽팔려서 사라지고 싶")),
        // "자소서 다 끝내고 싶어" is "I want to finish all my cover letters".
        .. NotAConcern(WithAndWithoutSpaces(
            [.. from task in (string[])["자소서", "과제", "서류", "지원서", "이력서", "숙제", "준비", "작업", "프로젝트", "시험", "일", "면접"]
                from particle in (string[])[" 다 끝내", "를 다 끝내", "을 다 끝내", " 빨리 끝내"]
                select task + particle])),
        .. NotAConcern(WithAndWithoutSpaces("때려치", "시간 죽이", "시간을 죽이", "시간 죽일", "시간을 죽일")),
        // Second pass, by concept: a burden on the family, pills saved up, a rope, throwing oneself in front of a
        // train or off a roof, goodbyes to everyone, beatings and death threats at home, beating someone up.
        .. Crisis(SelfHarm, WithAndWithoutSpaces(
            "가족한테 짐", "가족에게 짐", "부모님한테 짐", "부모님께 짐", "짐일 뿐", "짐밖에 안", "짐짝", "수면제 모아", "약 모아",
            "약을 모아", "다 먹을 거", "다 먹을거", "한 번에 다 먹", "밧줄 샀", "밧줄 사", "밧줄을 사", "밧줄", "뛰어들고 싶", "뛰어들까",
            "지하철에 뛰어", "선로에 뛰어", "차에 뛰어들", "뛰어내릴", "뛰어내렸", "뛰어내려", "죽어버릴", "죽어 버릴", "그냥 죽을까",
            "다들 안녕", "모두 안녕", "그동안 고마웠", "한강 가고 싶", "한강 갈까", "한강 가야", "한 통 다 먹", "통째로 먹",
            "없어져야 해", "없어져야 돼", "없어지는 게 나아", "죽을 방법", "죽는 방법", "살아있는 게 고통", "사는 게 고통", "사는 게 지옥", "살아 있는 게 고통")),
        .. Crisis(Abuse, WithAndWithoutSpaces("목을 졸랐", "목 졸랐", "목을 졸라", "목 졸라", "때렸", "때리", "때릴", "때려", "맞고 살", "죽인대", "죽인다고", "죽이겠다고", "죽여버린대")),
        .. Crisis(HarmToOthers, WithAndWithoutSpaces("패버릴", "패 버릴", "패줄", "두들겨 패", "찔러버릴", "찔러 버릴")),
        .. Check(AcuteDistress, WithAndWithoutSpaces(
            "눈물이 계속", "눈물이 안 멈", "밥도 못 먹", "잠도 못 자", "잠을 못 자", "공황", "숨 못 쉬", "숨을 못 쉬", "숨이 안 쉬",
            "쓸모없는", "쓸모 없는", "심장이 너무 빨리", "손이 떨려", "밤새 울", "계속 울")),
        .. NotAConcern(WithAndWithoutSpaces("때려치", "때려 치", "때려쳐", "때려 쳐", "때려 맞", "뒤통수를 때리", "뒤통수 때리", "뒤통수를 때렸", "정곡을 때리", "정곡을 찔")),
    ];

    /// <summary>Each phrase as written and, when it has spaces, without them.</summary>
    private static string[] WithAndWithoutSpaces(params string[] phrases) =>
        [.. phrases.SelectMany(phrase => new[] { phrase, phrase.Replace(" ", string.Empty, StringComparison.Ordinal) }).Distinct()];
}
