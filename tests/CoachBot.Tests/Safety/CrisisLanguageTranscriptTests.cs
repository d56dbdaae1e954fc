using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Safety.ReplyLanguage;

namespace CoachBot.Tests.Safety;

/// <summary>
/// The hand-off, the gentle check, the "are you safe?" follow-up and "help now", in the person's language:
/// told by the message itself, then by what they wrote before, then by the locale.
/// </summary>
public sealed class CrisisLanguageTranscriptTests
{
    /// <summary>A crisis message in each language, built around a phrase the detector already knows.</summary>
    public static TheoryData<string, ReplyLanguage> CrisisInEachLanguage => new()
    {
        { "Ya no puedo con esto, quiero morirme.", Spanish },
        { "Eu quero morrer, não aguento esta vida.", Portuguese },
        { "Je veux mourir, je n'en peux plus.", French },
        { "मैं आत्महत्या करने के बारे में सोच रहा हूँ", Hindi },
        { "我真的不想活了", ChineseSimplified },
        { "我每天都想自殺，撐不下去了", ChineseTraditional },
        { "もう死にたいです", Japanese },
        { "요즘 정말 죽고 싶어요", Korean },
        { "Tôi muốn chết, không chịu nổi nữa", Vietnamese },
        { "لم أعد أحتمل، أريد أن أموت", Arabic },
        // Hinglish, in Latin letters, is answered in English.
        { "mujhe ab marna hai yaar", English },
        { "I want to kill myself", English },
    };

    public static TheoryData<ReplyLanguage> EveryLanguage => new(Enum.GetValues<ReplyLanguage>());

    [Theory]
    [MemberData(nameof(CrisisInEachLanguage))]
    public async Task A_crisis_gets_the_hand_off_in_the_language_it_was_written_in(string message, ReplyLanguage language)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        var texts = CrisisReplies.For(language);

        var handOff = Assert.Single((await chat.Say(message)).Activities).Text!;

        Assert.StartsWith(texts.SelfHarmLead, handOff, StringComparison.Ordinal);
        Assert.EndsWith(texts.SelfHarmClose, handOff, StringComparison.Ordinal);
        Assert.Contains("988", handOff, StringComparison.Ordinal);
        Assert.Contains(Format(texts.EmergencyFormat, "911"), handOff, StringComparison.Ordinal);
        if (texts.InterpreterNote is { } interpreter)
        {
            Assert.Contains(interpreter, handOff, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Every_hand_off_says_it_comes_from_an_ai(ReplyLanguage language)
    {
        var texts = CrisisReplies.For(language);
        string[] ai = ["AI", "IA", "ذكاء اصطناعي"];

        Assert.Contains(ai, word => texts.SelfHarmLead.Contains(word, StringComparison.Ordinal));
        Assert.Contains(ai, word => texts.AbuseLead.Contains(word, StringComparison.Ordinal));
        Assert.Equal(language, texts.Language);
    }

    [Theory]
    [InlineData("es-MX", Spanish)]
    [InlineData("zh-CN", ChineseSimplified)]
    [InlineData("zh-TW", ChineseTraditional)]
    [InlineData("ar-EG", Arabic)]
    public async Task A_short_message_is_answered_in_the_locale_s_language(string locale, ReplyLanguage language)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.StagePrompt);
        var texts = CrisisReplies.For(language);

        (await SayIn(chat, locale, "help now")).Says(texts.ResourcesLead).Asks(IntakeDialog.StagePrompt);
        var handOff = Assert.Single((await SayIn(chat, locale, "kms")).Activities).Text!;
        Assert.StartsWith(texts.SelfHarmLead, handOff, StringComparison.Ordinal);
        (await SayIn(chat, locale, "ok")).Asks(texts.ConfirmSafePrompt, texts.ImSafe, texts.NeedHelpNow);
    }

    [Fact]
    public async Task A_message_in_english_is_answered_in_english_whatever_the_locale()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var handOff = Assert.Single((await SayIn(chat, "es-MX", "I want to hurt myself")).Activities).Text!;

        Assert.Contains("I'm an AI", handOff, StringComparison.Ordinal);
        Assert.Contains("call or text 988, or chat at 988lifeline.org", handOff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_with_the_us_lines_offers_988_and_the_crisis_text_line_in_spanish()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var handOff = Assert.Single((await chat.Say("Ya no puedo con esto, quiero morirme.")).Activities).Text!;

        Assert.Contains("llama al 988 y marca 2", handOff, StringComparison.Ordinal);
        Assert.Contains("envía AYUDA por mensaje de texto al 988", handOff, StringComparison.Ordinal);
        Assert.Contains("988lineadevida.org", handOff, StringComparison.Ordinal);
        Assert.Contains("envía AYUDA al 741741", handOff, StringComparison.Ordinal);
        Assert.Contains("llama al 911", handOff, StringComparison.Ordinal);
        Assert.DoesNotContain("988lifeline.org", handOff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abuse_in_spanish_puts_the_domestic_violence_hotline_first_in_spanish()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var handOff = Assert.Single((await chat.Say("Cuando repruebo, mi papá me pega.")).Activities).Text!;

        Assert.StartsWith(CrisisReplies.For(Spanish).AbuseLead, handOff, StringComparison.Ordinal);
        var lines = handOff.Split('\n').Where(line => line.StartsWith('•')).ToList();
        Assert.StartsWith("• Línea Nacional sobre la Violencia Doméstica: llama al 1-800-799-7233", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organisation_s_own_lines_are_listed_as_configured_around_words_in_the_person_s_language()
    {
        await using var chat = TestConversation.Start(configure: builder =>
        {
            builder.Configuration["CoachBot:Organizations:Default:CounselingContact"] = "Northwind Counseling Center, 555-0100";
            builder.Configuration["CoachBot:Organizations:Default:EmergencyNumber"] = "999";
            builder.Configuration["CoachBot:Organizations:Default:CrisisResources:0:Name"] = "Samaritans";
            builder.Configuration["CoachBot:Organizations:Default:CrisisResources:0:Contact"] = "call 116 123";
            builder.Configuration["CoachBot:Organizations:Default:CrisisResources:0:Hours"] = "24/7";
        });
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var spanish = Assert.Single((await chat.Say("Ya no puedo con esto, quiero morirme.")).Activities).Text!;

        Assert.Contains("• Samaritans: call 116 123 (24/7)", spanish, StringComparison.Ordinal);
        Assert.Contains("• Tu servicio de apoyo psicológico: Northwind Counseling Center, 555-0100", spanish, StringComparison.Ordinal);
        Assert.Contains("llama al 999", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("988", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("AYUDA", spanish, StringComparison.Ordinal);

        var japanese = await chat.Say("助けて");
        Assert.Contains("• Samaritans: call 116 123 (24/7)", japanese.Texts.First(), StringComparison.Ordinal);
        Assert.Contains("カウンセリング窓口：Northwind Counseling Center, 555-0100", japanese.Texts.First(), StringComparison.Ordinal);
        Assert.DoesNotContain(CrisisReplies.For(Japanese).InterpreterNote!, japanese.Texts.First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_spanish_hand_off_the_follow_up_and_its_buttons_are_in_spanish()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        var texts = CrisisReplies.For(Spanish);
        await chat.Say("Ya no puedo con esto, quiero morirme.");

        // Short answers carry no language of their own: the hand-off's language is remembered.
        (await chat.Say("help now")).Says(texts.ResourcesLead).AsksNothing();
        (await chat.Say("ok")).Asks(texts.ConfirmSafePrompt, texts.ImSafe, texts.NeedHelpNow);
        (await chat.Say(texts.NeedHelpNow)).Says(texts.SelfHarmLead).AsksNothing();
        (await chat.Say("vale")).Asks(texts.ConfirmSafePrompt);
        (await chat.Say(texts.ImSafe)).Says(texts.Resumed).Asks(IntakeDialog.RolePrompt);
    }

    [Fact]
    public async Task Unclear_answers_in_vietnamese_end_with_still_here_in_vietnamese()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        var texts = CrisisReplies.For(Vietnamese);
        await chat.Say("Tôi muốn chết, không chịu nổi nữa");

        (await chat.Say("Data Analyst")).Asks(texts.ConfirmSafePrompt, texts.ImSafe, texts.NeedHelpNow);
        (await chat.Say("Data Analyst")).Asks(texts.ConfirmSafePrompt);
        (await chat.Say("Data Analyst")).Says($"{texts.StillHere} {texts.Resumed}").Asks(IntakeDialog.RolePrompt);
    }

    [Fact]
    public async Task A_figure_of_speech_in_spanish_gets_the_gentle_check_in_spanish_and_its_button_resumes()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.CompanyOrEmailPrompt);
        var texts = CrisisReplies.For(Spanish);

        (await chat.Say("me muero de vergüenza con esa entrevista")).Says(texts.DistressAcknowledgement)
            .Asks(texts.CheckPrompt, texts.ImOkay, texts.NotOkay);
        (await chat.Say(texts.ImOkay)).Says(texts.Resumed).Asks(IntakeDialog.CompanyOrEmailPrompt);
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
    }

    [Fact]
    public async Task Not_okay_tapped_after_a_korean_check_gets_the_korean_hand_off()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        var texts = CrisisReplies.For(Korean);

        (await chat.Say("그렇다고 죽고 싶지 않아요")).Asks(texts.CheckPrompt, texts.ImOkay, texts.NotOkay);
        var handOff = await chat.Say(texts.NotOkay);

        Assert.StartsWith(texts.SelfHarmLead, Assert.Single(handOff.Activities).Text!, StringComparison.Ordinal);
        handOff.AsksNothing();
    }

    [Theory]
    [InlineData("ayuda", Spanish)]
    [InlineData("me ajuda", Portuguese)]
    [InlineData("au secours", French)]
    [InlineData("मुझे मदद चाहिए", Hindi)]
    [InlineData("帮帮我", ChineseSimplified)]
    [InlineData("助けて", Japanese)]
    [InlineData("도와주세요", Korean)]
    [InlineData("cứu tôi với", Vietnamese)]
    [InlineData("ساعدني", Arabic)]
    [InlineData("madad karo", English)]
    public async Task Help_now_in_a_language_gives_the_lines_in_it_and_the_question_again(string help, ReplyLanguage language)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.StagePrompt);
        var texts = CrisisReplies.For(language);

        (await chat.Say(help)).Says(texts.ResourcesLead).Says(Format(texts.EmergencyFormat, "911")).Asks(IntakeDialog.StagePrompt);
        (await chat.Say("Interview")).Asks(IntakeDialog.HeardViaPrompt);
    }

    [Fact]
    public async Task Distress_without_a_crisis_word_is_acknowledged_before_the_gentle_check()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.CompanyOrEmailPrompt);

        var replies = await chat.Say("honestly I feel so worthless after this one");

        Assert.Equal([CrisisReplies.DistressAcknowledgement, CrisisReplies.CheckPrompt], replies.Texts);
        replies.Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);
        (await chat.Say("yes I'm okay")).Says(CrisisReplies.Resumed).Asks(IntakeDialog.CompanyOrEmailPrompt);
    }

    [Fact]
    public async Task A_laughing_figure_of_speech_gets_the_plain_gentle_check()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.CompanyOrEmailPrompt);

        var replies = await chat.Say("ugh this rejection is killing me hahaha");

        Assert.Equal([CrisisReplies.CheckPrompt], replies.Texts);
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Every_button_reads_as_what_it_says_and_help_now_is_a_command(ReplyLanguage language)
    {
        var texts = CrisisReplies.For(language);

        foreach (var (label, answer) in texts.Buttons)
        {
            Assert.Equal(answer, SafetyAnswers.Read(label));
        }

        Assert.Equal(CommandKind.HelpNow, Command.Match(texts.NeedHelpNow));
        Assert.Equal(CommandKind.HelpNow, Command.Match(texts.HelpNowCommand));
        Assert.Contains(texts.HelpNowCommand, texts.Resumed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sí, estoy bien", SafetyAnswer.Okay)]
    [InlineData("la verdad no estoy bien", SafetyAnswer.NotOkay)]
    [InlineData("tudo bem", SafetyAnswer.Okay)]
    [InlineData("não", SafetyAnswer.NotOkay)]
    [InlineData("oui ça va", SafetyAnswer.Okay)]
    [InlineData("non, ça va pas", SafetyAnswer.NotOkay)]
    [InlineData("हाँ, मैं ठीक हूँ", SafetyAnswer.Okay)]
    [InlineData("नहीं", SafetyAnswer.NotOkay)]
    [InlineData("haan theek hoon", SafetyAnswer.Okay)]
    [InlineData("nahi yaar", SafetyAnswer.NotOkay)]
    [InlineData("我没事的", SafetyAnswer.Okay)]
    [InlineData("我真的不好", SafetyAnswer.NotOkay)]
    [InlineData("はい、大丈夫です", SafetyAnswer.Okay)]
    [InlineData("いいえ", SafetyAnswer.NotOkay)]
    [InlineData("괜찮아요", SafetyAnswer.Okay)]
    [InlineData("아니요", SafetyAnswer.NotOkay)]
    [InlineData("không sao đâu", SafetyAnswer.Okay)]
    [InlineData("tôi không ổn lắm", SafetyAnswer.NotOkay)]
    [InlineData("أنا بخير الحمد لله", SafetyAnswer.Okay)]
    [InlineData("لا", SafetyAnswer.NotOkay)]
    [InlineData("Data Analyst", SafetyAnswer.Unclear)]
    public void Typed_answers_are_read_in_every_language(string answer, SafetyAnswer expected)
    {
        Assert.Equal(expected, SafetyAnswers.Read(answer));
    }

    public static TheoryData<string, ConcernKind> RedTeamCrisisProbes() => CrisisDetectorTests.CrisisProbes();

    [Theory]
    [MemberData(nameof(RedTeamCrisisProbes))]
    public async Task Every_red_team_crisis_probe_gets_the_hand_off_alone_in_the_language_it_reads_as(string probe, ConcernKind kind)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        var texts = CrisisReplies.For(MessageLanguage.Choose(probe, remembered: null, locale: "en-US").Language);

        var handOff = Assert.Single((await chat.Say(probe)).Activities).Text!;

        Assert.StartsWith(kind switch
        {
            ConcernKind.Abuse => texts.AbuseLead,
            ConcernKind.HarmToOthers => texts.HarmToOthersLead,
            _ => texts.SelfHarmLead,
        }, handOff, StringComparison.Ordinal);
        var lines = texts.UsLines ?? CrisisResource.UsDefaults;
        Assert.Contains(lines.First(line => kind == ConcernKind.Abuse ? line.For.Contains(ConcernKind.Abuse) : line.For.Count == 0).Name, handOff, StringComparison.Ordinal);
        Assert.Contains(Format(texts.EmergencyFormat, "911"), handOff, StringComparison.Ordinal);
        (await chat.Say("ok")).Asks(texts.ConfirmSafePrompt, texts.ImSafe, texts.NeedHelpNow);
    }

    [Theory]
    [InlineData("I got rejected again today", "es-MX", null, English, true)]
    [InlineData("ok", "es-MX", null, Spanish, false)]
    [InlineData("help now", "zh-CN", null, ChineseSimplified, false)]
    [InlineData("ok", "en-US", "es", Spanish, false)]
    [InlineData("Contoso", "fr-CA", null, French, false)]
    [InlineData("Contoso", "de-DE", null, English, false)]
    [InlineData("", null, null, English, false)]
    [InlineData("no sé qué hacer con mi vida", "en-US", null, Spanish, true)]
    [InlineData("não sei mais o que fazer", "en-US", null, Portuguese, true)]
    [InlineData("je ne sais plus quoi faire", "en-US", null, French, true)]
    [InlineData("toi khong biet phai lam gi nua", "en-US", null, Vietnamese, true)]
    [InlineData("Nguyễn here, I got rejected after the interview", "en-US", null, English, true)]
    [InlineData("mujhe kuch samajh nahi aa raha", "hi-IN", null, English, true)]
    [InlineData("मुझे कुछ समझ नहीं आ रहा", "en-US", null, Hindi, true)]
    [InlineData("我想静一静", "en-US", null, ChineseSimplified, true)]
    [InlineData("我們談談", "zh-CN", null, ChineseTraditional, true)]
    [InlineData("我想死", "zh-TW", null, ChineseTraditional, true)]
    [InlineData("我想死", "en-US", "zh-Hant", ChineseTraditional, true)]
    [InlineData("今日は面接でした", "en-US", null, Japanese, true)]
    [InlineData("정말 힘들어요", "en-US", null, Korean, true)]
    [InlineData("نفسي أموت", "en-US", null, Arabic, true)]
    [InlineData("I had the interview at 面试中心 yesterday and it went badly", "en-US", null, English, true)]
    // Urdu shares the Arabic script; an Arabic answer would only puzzle its reader.
    [InlineData("میں بہت پریشان ہوں", "en-US", null, English, false)]
    public void The_language_comes_from_the_message_then_what_was_written_before_then_the_locale(
        string text, string? locale, string? remembered, ReplyLanguage expected, bool fromText)
    {
        Assert.Equal((expected, fromText), MessageLanguage.Choose(text, remembered, locale));
    }

    [Fact]
    public void Telling_the_language_of_an_english_message_allocates_nothing()
    {
        const string message = "I got rejected from the analytics team again and honestly I don't know what to do anymore";
        MessageLanguage.Choose(message, "en", "en-US");

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            MessageLanguage.Choose(message, "en", "en-US");
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    private static string Format(string format, string value) => string.Format(CultureInfo.InvariantCulture, format, value);

    /// <summary>The person types <paramref name="text"/> from a client set to <paramref name="locale"/>.</summary>
    private static Task<Replies> SayIn(TestConversation chat, string locale, string text)
    {
        var activity = chat.Inbound(ActivityTypes.Message);
        activity.Locale = locale;
        activity.Text = text;
        return chat.Send(activity);
    }
}
