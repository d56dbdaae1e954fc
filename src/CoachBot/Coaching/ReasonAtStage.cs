namespace CoachBot.Coaching;

/// <summary>
/// The kind of the employer's reason as the stage gives it meaning: talks on the terms of an offer are about the
/// pay, so "the budget was fixed" there is the pay on offer, not a freeze on hiring. Read so for the advice and the
/// draft alike.
/// </summary>
public static class ReasonAtStage
{
    public static ReasonKind? KindOf(string? reason, RejectionStage? stage) =>
        Reasons.KindOf(reason) is var kind && kind == ReasonKind.HiringFreeze && stage == RejectionStage.NegotiationBrokeDown
            ? ReasonKind.Salary
            : kind;
}
