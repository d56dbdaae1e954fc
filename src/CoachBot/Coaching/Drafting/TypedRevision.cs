using System.Text.RegularExpressions;
using CoachBot.Coaching.Intake;

namespace CoachBot.Coaching.Drafting;

/// <summary>
/// The built-in drafter's best effort with a change the person typed ("make it a bit friendlier",
/// "mention my portfolio"): the style changes it can recognise. A model-backed drafter gets the whole
/// request as well (<see cref="DraftStyle.Instructions"/>).
/// </summary>
public static partial class TypedRevision
{
    /// <summary>Typed requests kept for the model, the latest last.</summary>
    public const int InstructionsKept = 5;

    /// <summary>
    /// What the built-in drafter can do of the typed changes, each clause on its own ("change the greeting to Hi
    /// Hannah and take out the line about feedback" is two), and the clauses it could not do, to be said.
    /// </summary>
    public static RevisionReading ApplyTo(RejectionCase rejection, string typed)
    {
        var clauses = Clauses(typed);
        var notDone = new List<string>();
        var keep = new List<string>();
        var understood = false;
        foreach (var clause in clauses)
        {
            if (DraftRemoval.In(clause) is { } removal)
            {
                // Checked against the draft the person sees: a part that is not in it was not taken out.
                var removed = removal.SentencesRemovedFrom(DraftRemoval.BodyOf(rejection.Draft ?? string.Empty));
                if (removed.Count == 0)
                {
                    notDone.Add(clause);
                    continue;
                }

                // "the last paragraph" names a part of this version only: the words it took out are what to leave out later.
                keep.AddRange(removal.IsByPosition ? removed.Select(DraftRemoval.QuotedInstruction) : [clause]);
                understood = true;
            }
            else if (ApplyClause(rejection, clause))
            {
                understood = true;
            }
            else
            {
                notDone.Add(clause);
            }
        }

        return new RevisionReading(understood, clauses.Count > 1 ? notDone : [], keep);
    }

    /// <summary>
    /// The typed changes one by one: a message split where a new instruction starts ("… and take out …", "… then
    /// make it shorter") or a new sentence does, never inside a point being added ("mention that I moved and started").
    /// </summary>
    public static IReadOnlyList<string> Clauses(string typed) =>
        ClauseBreak().Split(typed).Select(clause => clause.Trim().TrimEnd('.', ',', ';').Trim()).Where(clause => clause.Length > 0).ToList();

    /// <returns>Whether it recognised something to change in one clause.</returns>
    private static bool ApplyClause(RejectionCase rejection, string typed)
    {
        var style = rejection.Style;
        var understood = false;
        if (Shorter().IsMatch(typed))
        {
            style.Short = true;
            understood = true;
        }
        else if (Longer().IsMatch(typed))
        {
            style.Short = false;
            understood = true;
        }

        if (Warmer().IsMatch(typed))
        {
            style.Tone = DraftTone.Warm;
            understood = true;
        }
        else if (Formal().IsMatch(typed))
        {
            style.Tone = DraftTone.Formal;
            understood = true;
        }

        // "sign it as Maya": the name at the bottom, never the contact's (that letter would be sent as theirs).
        if (Signature.NewNameIn(typed) is { } signer && !Signature.NamesTheContact(signer, rejection.ContactName))
        {
            rejection.SignatureName = signer;
            understood = true;
        }
        else if (Signature.AsksUnsigned(typed))
        {
            rejection.SignatureName = string.Empty;
            understood = true;
        }

        // "change the greeting to Hi Priya", "just say Dear Priya": the greeting as they wrote it.
        var greeting = Greeting().Match(typed);
        if (greeting.Success && greeting.Groups["name"].Value.Trim() is { Length: > 0 } name && FieldShape.IsPerson(name))
        {
            var salutation = greeting.Groups["salutation"].Value;
            style.Greeting = $"{char.ToUpperInvariant(salutation[0])}{salutation[1..].ToLowerInvariant()} {name}";
            understood = true;
        }
        else if (AddressTo().Match(typed) is { Success: true } addressee && addressee.Groups["name"].Value.Trim() is { Length: > 0 } recipient && FieldShape.IsPerson(recipient))
        {
            // "address it to Priya": the person to write to is the contact, greeted as the drafter greets a contact.
            rejection.ContactName = recipient;
            style.Greeting = null;
            understood = true;
        }
        else if (AddPoint().Match(typed) is { Success: true } point && point.Groups["point"].Value.Trim() is { Length: > 2 } words && FieldShape.IsPointForEmployer(words))
        {
            style.OwnPoints.Add(words);
            understood = true;
        }

        return understood;
    }

    /// <summary>
    /// Whether the words ask for a greeting or a signature ("just say Dear Priya", "sign it as Maya"): then they are more
    /// than a button's word ("shorter") in them.
    /// </summary>
    public static bool AsksForNames(string typed) =>
        Greeting().IsMatch(typed) || AddressTo().IsMatch(typed) || Signature.NewNameIn(typed) is not null || Signature.AsksUnsigned(typed);

    /// <summary>
    /// Whether the words ask for more than one button does: names, a part taken out, or two changes in one message
    /// ("make it warmer and take out the last line" is not the Warmer button).
    /// </summary>
    public static bool AsksMoreThanAButton(string typed) =>
        AsksForNames(typed) || Clauses(typed) is { Count: > 1 } || DraftRemoval.In(typed) is not null;

    /// <summary>Keeps the typed request for a drafter that follows them, dropping the oldest past <see cref="InstructionsKept"/>.</summary>
    public static void Remember(DraftStyle style, string typed)
    {
        style.Instructions.Add(typed.Trim());
        if (style.Instructions.Count > InstructionsKept)
        {
            style.Instructions.RemoveAt(0);
        }
    }

    [GeneratedRegex(@"\s*(?:[,;]\s*|\.\s+)?\b(?:and(?:\s+then)?|then|also|plus)\s+(?=(?:please\s+)?(?:also\s+)?(?:take\s+(?:out|off)|remove|delete|drop|cut|get\s+rid\s+of|leave\s+out|change|make|set|switch|add|mention|include|sign|put|use|start|open|begin|address|shorten|(?:just\s+)?say\s+(?:dear|hi|hello|hey))\b)|(?<=(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St))[.!?;])\s+(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(short(er)?|brief(er)?|concise|trim|cut( it)? down|less long|too long)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Shorter();

    [GeneratedRegex(@"\b(longer|more detail(ed)?|expand|too short)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Longer();

    [GeneratedRegex(@"\b(warm(er)?|friendl(y|ier)|casual|softer|kinder|less (formal|stiff|robotic|corporate|cold)|too (formal|stiff|robotic|corporate|cold)|more (personal|human|relaxed|natural)|sounds? like a robot)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Warmer();

    [GeneratedRegex(@"\b(formal|professional|polite)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Formal();

    [GeneratedRegex(@"\b(?:(?:change|make|set|switch|turn)\s+(?:the\s+)?(?:greeting|salutation|opening(?:\s+line)?|first\s+line)\s+(?:to|into|as)|(?:just\s+)?(?:say|use|start\s+(?:it\s+)?with|open\s+(?:it\s+)?with|begin\s+(?:it\s+)?with|address\s+it\s+(?:to|as))|greeting\s*:)\s*[""\u201C']?(?<salutation>dear|hi|hello|hey)\s+(?<name>[\p{L}'\u2019.-]+(?:\s+[\p{L}'\u2019.-]+){0,2}?)\s*[""\u201D']?\s*(?:[,.!]|$|\s+(?:and|instead|please|rather|then)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    /// <summary>"address it to Priya", "send this to Dr Okafor", "make it out to Tom instead": who the letter is for, without a salutation.</summary>
    [GeneratedRegex(@"\b(?:address(?:ed)?\s+(?:it|this|the\s+(?:letter|e-?mail|reply|draft|note))\s+to|(?:write|send)\s+(?:it|this)\s+to|make\s+it\s+(?:out\s+)?to|(?:change|switch)\s+(?:the\s+)?(?:name|recipient|contact)\s+to)\s+(?!(?:dear|hi|hello|hey|the|them|her|him|someone)\b)(?<name>[\p{L}'\u2019.-]+(?:\s+[\p{L}'\u2019.-]+){0,2}?)\s*(?:[,.!]|$|\s+(?:and|instead|please|rather|then)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressTo();

    /// <summary>"mention my portfolio", "can you add that I'm moving in March", "I'd like to include how much I enjoyed the day".</summary>
    [GeneratedRegex(@"^\s*(?:(?:can|could|would)\s+you\s+(?:please\s+|also\s+)?|please\s+(?:also\s+)?|also\s+|i(?:\s+would|'d|\u2019d|d)?\s+(?:like|want)\s+to\s+(?:also\s+)?)?(add|mention|include|say)( that| how)?\s+(?<point>.+?)[?\s]*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AddPoint();
}

/// <summary>What the built-in drafter made of typed changes: whether any was done, the clauses it could not do, and the removals to keep.</summary>
/// <param name="Understood">Whether anything of it was done.</param>
/// <param name="NotDone">The clauses not done, when the message had more than one (a single one not done is said as before).</param>
/// <param name="Kept">The removals done, as changes to keep for every later version (<see cref="DraftStyle.Instructions"/>).</param>
public sealed record RevisionReading(bool Understood, IReadOnlyList<string> NotDone, IReadOnlyList<string> Kept);
