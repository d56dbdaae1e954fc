using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching;

/// <summary>"thanks!", "ok", "bye": things people say once the work is done, which start nothing new.</summary>
public static class SmallTalk
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "thanks", "thank you", "thx", "ty", "thanks a lot", "thank you so much", "thanks so much", "many thanks", "cheers", "ok", "okay",
        "k", "kk", "cool", "great", "awesome", "nice", "perfect", "got it", "bye", "goodbye", "see you", "see ya", "later", "good night",
        "ok thanks", "okay thanks", "ok thank you", "thanks bye", "will do", "sounds good", "appreciate it", "you too", "alright", "sure",
    };

    /// <summary>Emoji alone ("👍") normalise to nothing and count too.</summary>
    public static bool Is(string text)
    {
        var normalized = ChoiceRecognizer.Normalize(text);
        return text.Length > 0 && (normalized.Length == 0 || Phrases.Contains(normalized));
    }
}
