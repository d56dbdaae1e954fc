namespace CoachBot.Safety.Concepts;

/// <summary>
/// What a word means, the same in every language: the dictionaries (<see cref="ConceptLexicon"/>) map words
/// of each language to these, and the classifier (<see cref="ConceptClassifier"/>) reads only these. So a
/// line in English teaches "no quiero vivir" as much as "I don't want to live". The numbers are the feature
/// layout of the shipped weights: add at the end, and retrain (<see cref="ConceptTrainer"/>).
/// </summary>
public enum Concept
{
    /// <summary>I, me, my, myself.</summary>
    Self,
    /// <summary>Other people in general: everyone, nobody, them, people.</summary>
    Others,
    /// <summary>Parents, siblings, the family at home.</summary>
    Family,
    /// <summary>A partner: husband, wife, boyfriend, girlfriend.</summary>
    Partner,
    /// <summary>Want, wish, feel like, would rather.</summary>
    Want,
    /// <summary>A negation: not, no, don't, can't.</summary>
    Not,
    /// <summary>Never, not anymore, no longer.</summary>
    Never,
    /// <summary>Death, to die, dead.</summary>
    Death,
    Suicide,
    Kill,
    /// <summary>Life, to live, alive, to go on living.</summary>
    Live,
    /// <summary>To end, finish, stop, be over; "end it all".</summary>
    End,
    /// <summary>To disappear, vanish, not exist, be gone.</summary>
    Disappear,
    /// <summary>Sleep, wake up (to sleep forever, not to wake up).</summary>
    Sleep,
    /// <summary>Forever, for good, never again.</summary>
    Forever,
    /// <summary>Goodbye, farewell, forgive me, thank you for everything.</summary>
    Goodbye,
    /// <summary>Last, final ("my last message").</summary>
    Last,
    /// <summary>Pills, tablets, an overdose, poison.</summary>
    Pills,
    /// <summary>A height or a moving train: a roof, a bridge, a balcony, the tracks.</summary>
    Height,
    /// <summary>To jump, fall, throw oneself.</summary>
    Jump,
    /// <summary>A knife, blade or razor.</summary>
    Blade,
    /// <summary>To cut (oneself), self-harm, scars, bleeding.</summary>
    Cut,
    /// <summary>A rope, to hang (oneself), a noose.</summary>
    Rope,
    /// <summary>A gun, to shoot, a weapon.</summary>
    Gun,
    /// <summary>To hit, beat, slap, punch.</summary>
    Hit,
    /// <summary>To hurt, harm, injure.</summary>
    Hurt,
    /// <summary>A threat: threatened, or else, will make me pay.</summary>
    Threat,
    /// <summary>Fear: scared, afraid to go home.</summary>
    Fear,
    /// <summary>Not eating, starving, vomiting on purpose, weight.</summary>
    Starve,
    /// <summary>Alcohol, drugs, getting drunk or high.</summary>
    Drink,
    /// <summary>Now, tonight, today, right now.</summary>
    Now,
    /// <summary>A day to come: tomorrow, Monday, this weekend.</summary>
    Soon,
    /// <summary>A plan, a method, a note, having decided, having got the means ready.</summary>
    Plan,
    /// <summary>No point, no meaning, no reason, no hope.</summary>
    Pointless,
    /// <summary>A burden, better off without me, nobody would care or miss me.</summary>
    Burden,
    /// <summary>Can't take it, can't go on, can't hold on any longer.</summary>
    CantGoOn,
    /// <summary>Tired, exhausted, done.</summary>
    Tired,
    /// <summary>Crying, tears.</summary>
    Cry,
    /// <summary>Panic, can't breathe, shaking.</summary>
    Panic,
    /// <summary>Worthless, a failure, useless, hate myself.</summary>
    Worthless,
    /// <summary>Alone, lonely, nobody.</summary>
    Alone,
    /// <summary>Sad, down, depressed, broken.</summary>
    Sad,
    /// <summary>Everything, all of it.</summary>
    Everything,
    /// <summary>The job search: a job, rejection, interview, offer, company, recruiter, application.</summary>
    Job,
    /// <summary>Laughter and marks of a joke: lol, haha, jk, an emoji.</summary>
    Laugh,
    /// <summary>Words that make a deadly word a figure of speech: hungry, bored, embarrassed, dying to know, killed it.</summary>
    Figure,
    /// <summary>A question or a request for help with the job search: how, can you, please check.</summary>
    Request,
    /// <summary>Hope, getting better, being okay.</summary>
    Okay,
    /// <summary>Sleeplessness, not having slept or eaten for days.</summary>
    NoSleep,
    /// <summary>Blood, scars, wounds.</summary>
    Wound,
    /// <summary>Fire as a means: setting fire to something, petrol, a lighter, burning.</summary>
    Fire,
}
