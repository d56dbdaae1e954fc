using System.Text.RegularExpressions;
using CoachBot.Safety.Concepts;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// Whether a piece of a message names harm at all: death, not living, ending, disappearing, a farewell, a means (pills,
/// a height, a blade, a rope, a gun, fire), violence, a threat, self-injury, starving, drinking, a plan, hopelessness, being
/// a burden, not going on, hating oneself (<see cref="Concept"/>, read by <see cref="ConceptReader"/> in every language).
/// The example bank's neighbours read a piece's topic: "I need to stay near her" sits beside a stalking line, "I'm sleeping
/// better" beside the sleep lines. A crisis of the semantic layer on a piece that names no harm is a topic, not a person in
/// danger (<see cref="SemanticCrisisAssessor.Strongest"/>). Family, partners, sleep, tiredness, sadness and time are left
/// out: they are what ordinary declines and family news are made of. The concept dictionaries are the classifier's features
/// (adding a word there retrains it); the kinds of English harm they lack are here (<see cref="EnglishHarm"/>).
/// </summary>
public static partial class HarmWords
{
    private static readonly bool[] Harmful = Build(
        Concept.Death, Concept.Suicide, Concept.Kill, Concept.Live, Concept.End, Concept.Disappear, Concept.Forever, Concept.Goodbye,
        Concept.Last, Concept.Pills, Concept.Height, Concept.Jump, Concept.Blade, Concept.Cut, Concept.Rope, Concept.Gun, Concept.Hit,
        Concept.Hurt, Concept.Threat, Concept.Fear, Concept.Starve, Concept.Drink, Concept.Plan, Concept.Pointless, Concept.Burden,
        Concept.CantGoOn, Concept.Worthless, Concept.Wound, Concept.Fire, Concept.NoSleep);

    /// <summary>Whether <paramref name="text"/> names harm (any language the concept dictionaries hold).</summary>
    public static bool Named(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EnglishHarm().IsMatch(text) || NamedByConcepts(text);
    }

    /// <summary>Whether <paramref name="text"/> names family or a partner (the topic of most ordinary talk the bank reads as a crisis).</summary>
    public static bool NamesKin(string text)
    {
        Span<ConceptHit> hits = stackalloc ConceptHit[ConceptReader.MaxHits];
        var count = ConceptReader.Shared.Read(text, hits);
        foreach (var hit in hits[..count])
        {
            if (hit.Concept is Concept.Family or Concept.Partner)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamedByConcepts(ReadOnlySpan<char> text)
    {
        Span<ConceptHit> hits = stackalloc ConceptHit[ConceptReader.MaxHits];
        var count = ConceptReader.Shared.Read(text, hits);
        foreach (var hit in hits[..count])
        {
            if (Harmful[(int)hit.Concept])
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] Build(params Concept[] concepts)
    {
        var harmful = new bool[Enum.GetValues<Concept>().Length];
        foreach (var concept in concepts)
        {
            harmful[(int)concept] = true;
        }

        return harmful;
    }

    /// <summary>
    /// English harm by kind that the concept dictionaries do not hold (issue 15, twelfth round, the crisis lines of fresh-10 to
    /// fresh-12 the rule would otherwise have lost): following or lying in wait for someone; drugs and their effects;
    /// a car's engine or a crash on purpose; what keeps someone alive; violence and control at home; coercion for rent;
    /// a body weight as numbers; a weapon at hand; a farewell arranged (belongings given, a date picked).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:been )?following (?:her|him|them|the)|where (?:he|she|they) (?:parks|lives|live)|(?:his|her|their) (?:address|car|house)\b|driv(?:e|ing) past|waiting for (?:him|her|them)|what'?s coming|get away with|make (?:him|her|them) (?:pay|regret)"
        + @"|ketamine|ghb|benadryl|edibles|shot up|passed out|overd(?:id|o|oing) it|can'?t wake (?:her|him|them|up)|can'?t feel my|(?:room|everything) is spinning"
        + @"|engine (?:on|running)|on purpose|crash(?:ing)? (?:my|the|into)|not coming back|never coming back"
        + @"|keep(?:ing|s)? me (?:here|alive|going)|stopping me|holding me (?:here|back from)"
        + @"|smash(?:ed|es|ing)?|broke my|sling|touch(?:ing|ed|es) me|sleep with (?:him|her|them)|pay (?:the )?rent (?:another|some other) way|(?:won'?t|doesn'?t|wouldn'?t|don'?t|didn'?t|not) let(?:ting)? me|lock(?:s|ed)? (?:the|me)|checks (?:what|my|who)"
        + @"|bmi|\d+ ?kg\b|too thin|dizzy|feel huge"
        + @"|\bbat\b|crowbar|something in (?:her|his|their|my) drink|setting fire|set fire|arson"
        + @"|who gets my|loose ends|picked (?:the|a) (?:date|day)|tonight'?s the night|gave (?:away )?my (?:cat|dog|things|stuff)|painful way)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishHarm();
}
