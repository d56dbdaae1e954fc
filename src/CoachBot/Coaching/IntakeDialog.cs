using CoachBot.Coaching.Intake;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching;

/// <summary>
/// What happened: company, role, how far they got, how and when they heard, any reason given, and who
/// they dealt with. A pasted rejection e-mail answers what it can, and only the rest is asked.
/// </summary>
public sealed class IntakeDialog : ComponentDialog
{
    public const string CompanyOrEmailPrompt = "Which company was it? If you have the rejection e-mail, you can paste the whole thing instead.";
    public const string CompanyPrompt = "Which company was it?";
    public const string RolePrompt = "What was the role?";
    public const string StagePrompt = "How far did you get in the process?";
    public const string HeardViaPrompt = "How did you hear?";
    public const string HeardWhenPrompt = "When did you hear?";
    public const string LastHeardWhenPrompt = "When did you last hear from them?";
    public const string ReasonPrompt = "Did they give a reason? Tell me in a few words, or tap \"No reason given\".";
    public const string ContactPrompt = "Do you know the name of your interviewer or recruiter? It makes the reply more personal.";
    public const string NoReason = "No reason given";
    public const string SkipContact = "Skip";
    public const string EmailRead = "Thanks, I've read it.";
    public const string NameTooLong = "That's a bit long for a name. Which company was it? Just the name is perfect.";

    private const int MaxNameLength = 100;
    private const int MaxNoReasonWords = 4;

    public IntakeDialog() : base(nameof(IntakeDialog))
    {
        AddDialog(new WaterfallDialog<RejectionCase>("intake",
        [
            AskCompanyOrEmailAsync,
            ReadCompanyOrEmailAsync,
            AskRoleAsync,
            AskStageAsync,
            AskHeardViaAsync,
            AskHeardWhenAsync,
            AskReasonAsync,
            AskContactAsync,
            FinishAsync,
        ]));
        AddDialog(new TextPrompt("companyOrEmail"));
        AddDialog(new TextPrompt("name", ShortNameAsync));
        AddDialog(new TextPrompt("text"));
        AddDialog(new ChoicePrompt("choice"));
    }

    private static Task<DialogTurnResult> AskCompanyOrEmailAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        // A rejection e-mail pasted as the message that started the coaching already answers this.
        if (step.Values.Company is null && RejectionEmailExtractor.LooksLikeRejectionEmail(step.Turn.Text))
        {
            return step.NextAsync(step.Turn.Text, ct);
        }

        return step.Values.Company is null
            ? step.PromptAsync("companyOrEmail", new PromptOptions { Prompt = CompanyOrEmailPrompt }, ct)
            : step.NextAsync(null, ct);
    }

    private static async Task<DialogTurnResult> ReadCompanyOrEmailAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is string answer)
        {
            if (RejectionEmailExtractor.LooksLikeRejectionEmail(answer))
            {
                RejectionEmailExtractor.FillMissing(answer, step.Values);
                await step.Turn.SendAsync($"{EmailRead} {Summary(step.Values)}", ct);
            }
            else if (answer.Length <= MaxNameLength)
            {
                step.Values.Company = answer;
            }
        }

        return step.Values.Company is null
            ? await step.PromptAsync("name", new PromptOptions { Prompt = CompanyPrompt, RetryPrompt = NameTooLong }, ct)
            : await step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskRoleAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is string company)
        {
            step.Values.Company = company;
        }

        return step.Values.Role is null
            ? step.PromptAsync("name", new PromptOptions { Prompt = RolePrompt, RetryPrompt = $"Just the job title is perfect. {RolePrompt}" }, ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskStageAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is string role)
        {
            step.Values.Role = role;
        }

        return step.Values.Stage is null
            ? step.PromptAsync("choice", new PromptOptions { Prompt = StagePrompt, Choices = Choices.ToChoices(Choices.Stages) }, ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskHeardViaAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        step.Values.Stage ??= Choices.Picked(Choices.Stages, step.Result);
        return step.Values.HeardVia is null
            ? step.PromptAsync("choice", new PromptOptions { Prompt = HeardViaPrompt, Choices = Choices.ToChoices(Choices.HeardVia) }, ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskHeardWhenAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        step.Values.HeardVia ??= Choices.Picked(Choices.HeardVia, step.Result);
        var prompt = step.Values.HeardVia == HeardVia.NoWord ? LastHeardWhenPrompt : HeardWhenPrompt;
        return step.Values.HeardWhen is null
            ? step.PromptAsync("choice", new PromptOptions { Prompt = prompt, Choices = Choices.ToChoices(Choices.HeardWhen) }, ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskReasonAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        step.Values.HeardWhen ??= Choices.Picked(Choices.HeardWhen, step.Result);
        return step.Values.Reason is null && step.Values.HeardVia != HeardVia.NoWord
            ? step.PromptAsync("text", new PromptOptions { Prompt = ReasonPrompt, Choices = [NoReason] }, ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskContactAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is string reason && !SaysNoReason(reason))
        {
            step.Values.Reason = reason;
        }

        var metSomeone = step.Values.Stage is not (RejectionStage.Application or null);
        return step.Values.ContactName is null && metSomeone
            ? step.PromptAsync("name", new PromptOptions { Prompt = ContactPrompt, Choices = [SkipContact] }, ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        if (step.Result is string contact && !IsSkip(contact))
        {
            step.Values.ContactName = contact;
        }

        return step.EndDialogAsync(step.Values, ct);
    }

    private static Task<bool> ShortNameAsync(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Value.Length <= MaxNameLength);

    /// <summary>Only a short answer ("nope", "they didn't say why") says none was given; "They didn't think I had enough SQL" is a reason.</summary>
    private static bool SaysNoReason(string text) =>
        ChoiceRecognizer.Normalize(text).Split(' ').Length <= MaxNoReasonWords
        && ChoiceRecognizer.Recognize(text, [new Choice { Value = NoReason, Synonyms = ["no", "none", "nope", "no reason", "nothing", "they didn't", "not really", "n/a"] }]) is not null;

    private static bool IsSkip(string text) =>
        ChoiceRecognizer.Recognize(text, [new Choice { Value = SkipContact, Synonyms = ["no", "nope", "don't know", "dont know", "not sure", "no idea", "n/a", "none"] }]) is not null;

    /// <summary>What the e-mail told us, so the person can see what CoachBot understood.</summary>
    private static string Summary(RejectionCase rejection)
    {
        var found = new List<string>();
        if (rejection.Company is { } company) found.Add($"company: {company}");
        if (rejection.Role is { } role) found.Add($"role: {role}");
        if (rejection.Stage is { } stage) found.Add($"stage: {Choices.LabelOf(Choices.Stages, stage).ToLowerInvariant()}");
        if (rejection.Reason is not null) found.Add("the reason they gave");
        if (rejection.ContactName is { } contact) found.Add($"sent by {contact}");
        return found.Count == 0
            ? "I couldn't pick out the details, so I'll ask a few quick questions."
            : $"I picked out {string.Join(", ", found)}. I'll only ask what's missing.";
    }
}
