namespace CoachBot.Safety.Grams;

/// <summary>
/// The language a message's thresholds are chosen for: what the text alone says (<see cref="MessageLanguage"/>),
/// the two Chinese forms together, and "?" for a message too short or too mixed to tell. Training and reading
/// use the same rule, so a threshold is chosen on the lines it will be applied to.
/// </summary>
public static class GramLanguage
{
    public const string Unknown = "?";

    public static string Of(ReadOnlySpan<char> text) => MessageLanguage.OfText(text) switch
    {
        MessageLanguage.TextLanguage.English => "en",
        MessageLanguage.TextLanguage.Spanish => "es",
        MessageLanguage.TextLanguage.Portuguese => "pt",
        MessageLanguage.TextLanguage.French => "fr",
        MessageLanguage.TextLanguage.Hindi => "hi",
        MessageLanguage.TextLanguage.ChineseSimplified or MessageLanguage.TextLanguage.ChineseTraditional or MessageLanguage.TextLanguage.Chinese => "zh",
        MessageLanguage.TextLanguage.Japanese => "ja",
        MessageLanguage.TextLanguage.Korean => "ko",
        MessageLanguage.TextLanguage.Vietnamese => "vi",
        MessageLanguage.TextLanguage.Arabic => "ar",
        _ => Unknown,
    };
}
