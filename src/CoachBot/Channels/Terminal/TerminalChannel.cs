using CoachBot.Channels.Terminal;

namespace CoachBot.Channels;

/// <summary>The terminal shows choices as a numbered list, so a person types one.</summary>
public sealed class TerminalChannel() : AnsweringChannel(TerminalChat.ChannelId)
{
    public override string ChoiceVerb => "type";
}
