namespace CoachBot.Safety;

/// <summary>
/// Short answers and commands in any language, folded as the crisis detector folds letters
/// (<see cref="ScriptFolding"/>): lower case, Latin accents and apostrophes gone ("sí" = "si", "j'ai" =
/// "jai"), Arabic alef and tashkeel variants as one, words separated by single spaces ("我没事，继续" =
/// "我没事 继续"). A button label and the same words typed with or without care compare equal.
/// </summary>
internal static class FoldedText
{
    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Fold(text, buffer)]);
    }

    /// <summary>
    /// Writes the folded form of <paramref name="text"/> into <paramref name="destination"/>, which must be at
    /// least as long, and returns its length. Folding never lengthens a text.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            switch (ScriptFolding.Fold(c, out var folded))
            {
                case FoldedChar.Letter:
                    if (pendingSpace && length > 0)
                    {
                        destination[length++] = ' ';
                    }

                    destination[length++] = folded;
                    pendingSpace = false;
                    break;
                case FoldedChar.Separator or FoldedChar.Boundary:
                    pendingSpace = true;
                    break;
            }
        }

        return length;
    }
}
