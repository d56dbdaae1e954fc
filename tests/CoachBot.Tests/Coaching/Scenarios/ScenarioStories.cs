using CoachBot.Coaching;

namespace CoachBot.Tests.Coaching.Scenarios;

/// <summary>
/// The stories: every situation and stage, every feeling, one message or two, typed carefully or in a
/// hurry, and pasted e-mails with their signatures and disclaimers. Written for this suite, not taken from
/// the issue: they are the kinds of message students send, not sentences the reader was tuned to.
/// </summary>
public static class ScenarioStories
{
    private static Scenario S(string name, string[] messages, Feeling feeling, string company, string role, RejectionStage? stage, Situation situation, string told,
        string? contact = null, string? reason = null, ReplyGoal? goal = null) =>
        new(name, messages, feeling, company, role, stage, situation, told, contact, reason, goal);

    public static IReadOnlyList<Scenario> All { get; } =
    [
        // ----- Rejected, told in one message -----
        S("final round, one careful sentence", ["Contoso rejected me for the data analyst role after the final round, found out by email this morning"],
            Feeling.Disappointed, "Contoso", "Data Analyst", RejectionStage.FinalRound, Situation.Rejected, "CRSVW"),
        S("screening call, misspelt role", ["proseware turned me down for the markting cordinator role after the phone screen, they called yesterday"],
            Feeling.Disappointed, "Proseware", "Marketing Coordinator", RejectionStage.ScreeningCall, Situation.Rejected, "CRSVW"),
        S("application, automated, relieved", ["applied to humongous insurance for the claims analyst job and got an automated rejection email yesterday, never got an interview"],
            Feeling.Relieved, "Humongous Insurance", "Claims Analyst", RejectionStage.Application, Situation.Rejected, "CRSVW"),
        S("recruiter screen, angry", ["VanArsdel rejected me after a recruiter screen for the sales associate position. email today."],
            Feeling.Angry, "VanArsdel", "Sales Associate", RejectionStage.ScreeningCall, Situation.Rejected, "CRSW"),
        S("technical interview, typos", ["relecloud rejected me for the sofware developer role after the technical interview, they emailed me today"],
            Feeling.Frustrated, "Relecloud", "Software Developer", RejectionStage.Interview, Situation.Rejected, "CRSVW"),
        S("interviewer named", ["I interviewed with Consolidated Messenger for the dispatch coordinator role and got a rejection email today. The interviewer's name was Raj Patel."],
            Feeling.Disappointed, "Consolidated Messenger", "Dispatch Coordinator", RejectionStage.Interview, Situation.Rejected, "CRSVWX", contact: "Raj Patel"),
        S("final round, no punctuation, relieved", ["final round at bellows college for the admissions counselor job didnt work out they emailed last week honestly kind of relieved"],
            Feeling.Relieved, "Bellows College", "Admissions Counselor", RejectionStage.FinalRound, Situation.Rejected, "CRSVW"),
        S("automated rejection, doubting", ["got an automated rejection from tasmanian traders for the quality technician role today, never got an interview"],
            Feeling.DoubtingMyself, "Tasmanian Traders", "Quality Technician", RejectionStage.Application, Situation.Rejected, "CRSW"),
        S("final round, contact who interviewed", ["Liberty Delightful turned me down after the final round for the supply chain analyst role. It was Ms. Alvarez who interviewed me. Heard by phone today."],
            Feeling.Angry, "Liberty Delightful", "Supply Chain Analyst", RejectionStage.FinalRound, Situation.Rejected, "CRSVWX", contact: "Ms. Alvarez"),
        S("second interview, relieved", ["honestly relieved. cronus said no after the second interview for the business analyst role, found out by email yesterday"],
            Feeling.Relieved, "Cronus", "Business Analyst", RejectionStage.Interview, Situation.Rejected, "CRSVW"),
        S("three interviews, something else", ["I had three interviews with Datum Corporation for a junior data engineer position and they rejected me by email earlier this week"],
            Feeling.SomethingElse, "Datum Corporation", "Junior Data Engineer", RejectionStage.Interview, Situation.Rejected, "CRSVW"),
        S("onsite, hiring manager named", ["Contoso Pharmaceuticals rejected me after the onsite for the lab technician role. the hiring manager, dana kim, emailed me today"],
            Feeling.Disappointed, "Contoso Pharmaceuticals", "Lab Technician", RejectionStage.FinalRound, Situation.Rejected, "CRSVWX", contact: "Dana Kim"),
        S("final round call, doubting", ["Adatum called this afternoon to say I didn't get the solutions architect role after the final round"],
            Feeling.DoubtingMyself, "Adatum", "Solutions Architect", RejectionStage.FinalRound, Situation.Rejected, "CRSVW"),
        S("recruiter named in the story", ["recruiter tom becker called today. lucerne publishing passed on me for the editorial assistant role after the interview"],
            Feeling.Frustrated, "Lucerne Publishing", "Editorial Assistant", RejectionStage.Interview, Situation.Rejected, "CRSVWX", contact: "Tom Becker"),
        S("dr in lower case", ["Trey Research said no after my final round with dr okafor, the email came yesterday, the role was travel consultant"],
            Feeling.SomethingElse, "Trey Research", "Travel Consultant", RejectionStage.FinalRound, Situation.Rejected, "CRSVWX", contact: "Dr. Okafor"),
        S("a list in lower case, internship", ["woodgrove bank, data analyst internship, final round, email today"],
            Feeling.DoubtingMyself, "Woodgrove Bank", "Data Analyst Internship", RejectionStage.FinalRound, Situation.Rejected, "CRSVW"),
        S("rejected by two companies", ["I was rejected by both Alpine Ski House and Coho Winery this week"],
            Feeling.Frustrated, "Alpine Ski House", "Guest Services Coordinator", RejectionStage.Interview, Situation.Rejected, "W"),

        // ----- Rejected, told in two messages -----
        S("two messages: role, stage and reason in the second", ["got rejected from northwind traders today", "it was for the junior designer job, after my second interview. the email said they went with someone with more experience"],
            Feeling.Frustrated, "Northwind Traders", "Junior Designer", RejectionStage.Interview, Situation.Rejected, "CRSVW"),
        S("two messages: a list after a sigh", ["ugh rejected again", "wingtip analytics, junior product manager, after the panel interview, recruiter is mia chen, email yesterday"],
            Feeling.Angry, "Wingtip Analytics", "Junior Product Manager", RejectionStage.Interview, Situation.Rejected, "RSVWX", contact: "Mia Chen"),

        // ----- Rejected, pasted e-mails -----
        S("e-mail: final round, signature and disclaimer", [FourthCoffee], Feeling.Disappointed, "Fourth Coffee", "Financial Analyst", RejectionStage.FinalRound, Situation.Rejected, "CRSVX", contact: "Ines Duarte"),
        S("e-mail: only 'your application', stage asked", [BlueYonder], Feeling.DoubtingMyself, "Blue Yonder Airlines", "Operations Coordinator", RejectionStage.FinalRound, Situation.Rejected, "CRV"),
        S("e-mail: application stage, legal footer", [Lamna], Feeling.Frustrated, "Lamna Healthcare", "Research Assistant", RejectionStage.Application, Situation.Rejected, "CRSV"),
        S("e-mail: phone screen", [Zava], Feeling.Disappointed, "Zava", "Customer Success Associate", RejectionStage.ScreeningCall, Situation.Rejected, "CRSVX", contact: "Jordan Mills"),
        S("e-mail: not selected for interview, company in signature", [Munson], Feeling.Angry, "Munson Brothers Accounting", "Graduate Accountant", RejectionStage.Application, Situation.Rejected, "RSV"),

        // ----- Offer rescinded -----
        S("rescinded, background check", ["tailspin toys rescinded my offer for the ux designer role today because of the background check"],
            Feeling.Angry, "Tailspin Toys", "UX Designer", RejectionStage.OfferRescinded, Situation.Rejected, "CRSW"),
        S("rescinded, two messages, hiring freeze", ["my offer got pulled", "the company was graphic design institute, for the junior illustrator role. they said there's a hiring freeze. they called me yesterday"],
            Feeling.Disappointed, "Graphic Design Institute", "Junior Illustrator", RejectionStage.OfferRescinded, Situation.Rejected, "CRSVW"),
        S("rescinded, restructuring, doubting", ["Sagra Networks withdrew my offer for the network technician role yesterday, they said the team is being restructured"],
            Feeling.DoubtingMyself, "Sagra Networks", "Network Technician", RejectionStage.OfferRescinded, Situation.Rejected, "CRSW"),
        S("e-mail: rescinded for a freeze", [BellowsTech], Feeling.Frustrated, "Bellows Tech", "Junior Web Developer", RejectionStage.OfferRescinded, Situation.Rejected, "CRSVX", contact: "Omar Haddad"),
        S("rescinded, thank and stay connected", ["Fabrikam Health pulled my offer for the patient coordinator role this morning, no reason given"],
            Feeling.Relieved, "Fabrikam Health", "Patient Coordinator", RejectionStage.OfferRescinded, Situation.Rejected, "CRSW", goal: ReplyGoal.ThankAndStayConnected),

        // ----- Negotiation broke down -----
        S("negotiation, pay", ["negotiations with Nod Publishers broke down because they wouldn't budge on pay for the marketing associate role"],
            Feeling.Frustrated, "Nod Publishers", "Marketing Associate", RejectionStage.NegotiationBrokeDown, Situation.Rejected, "CRS"),
        S("negotiation, relieved", ["salary negotiation with Alpine Analytics broke down for the junior consultant role, they emailed today"],
            Feeling.Relieved, "Alpine Analytics", "Junior Consultant", RejectionStage.NegotiationBrokeDown, Situation.Rejected, "CRSVW"),

        // ----- Ghosted -----
        S("ghosted after the final interview", ["2 weeks since final interview at Litware for the product analyst position, nobody told me anything"],
            Feeling.SomethingElse, "Litware", "Product Analyst", RejectionStage.FinalRound, Situation.Ghosted, "CRSVW"),
        S("ghosted after a phone screen", ["Best For You Organics ghosted me after the phone screen for the nutrition writer role. It's been three weeks."],
            Feeling.Angry, "Best For You Organics", "Nutrition Writer", RejectionStage.ScreeningCall, Situation.Ghosted, "CRSVW"),
        S("ghosted, two messages", ["still waiting to hear from fabrikam fiber", "it's been a month since my final round for the cloud engineer role"],
            Feeling.DoubtingMyself, "Fabrikam Fiber", "Cloud Engineer", RejectionStage.FinalRound, Situation.Ghosted, "CRSVW"),
        S("ghosted after applying", ["applied to Southridge Video for the video editor role a month ago and heard nothing"],
            Feeling.Frustrated, "Southridge Video", "Video Editor", RejectionStage.Application, Situation.Ghosted, "CRSVW"),
        S("ghosted after an interview, no reply", ["still nothing from Relecloud Labs since my interview for the junior analyst role 3 weeks ago, no reply to my emails"],
            Feeling.Disappointed, "Relecloud Labs", "Junior Analyst", RejectionStage.Interview, Situation.Ghosted, "CRSVW"),

        // ----- Declining an offer -----
        S("decline, one message", ["I got an offer from Fabrikam for the Data Analyst role but I'm turning it down. Can you help me write the decline?"],
            Feeling.Relieved, "Fabrikam", "Data Analyst", null, Situation.DeclinedOffer, "CR"),
        S("decline, accepted another offer", ["I accepted another offer, so I'm turning down the offer from City Power & Light for the grid engineer role"],
            Feeling.SomethingElse, "City Power & Light", "Grid Engineer", null, Situation.DeclinedOffer, "CR"),
        S("decline, two messages, pay", ["I need to turn down an offer and I don't know how to say it", "the offer from olympia was for the junior accountant position and the pay was too low"],
            Feeling.Frustrated, "Olympia", "Junior Accountant", null, Situation.DeclinedOffer, "CR", reason: "the pay was too low"),
        S("decline, own reason in the story", ["Hi! I received an offer from Woodgrove Analytics for the data scientist role and I've decided to decline it because I accepted a position closer to home"],
            Feeling.Disappointed, "Woodgrove Analytics", "Data Scientist", null, Situation.DeclinedOffer, "CR"),
        S("decline, doubting", ["i have an offer from Coho Vineyard for the events assistant job but i'm going to say no"],
            Feeling.DoubtingMyself, "Coho Vineyard", "Events Assistant", null, Situation.DeclinedOffer, "CR"),
        S("decline, angry", ["Help me write a decline letter for Margie Travel, the travel agent position"],
            Feeling.Angry, "Margie Travel", "Travel Agent", null, Situation.DeclinedOffer, "C"),

        // ----- Ten more, walked and read as a counselor would (issue 19's last part) -----
        S("recruiter's text after a phone screen", ["got a text from the recruiter at Adventure Works, they're not moving forward with me for the logistics coordinator role after our phone screen"],
            Feeling.Frustrated, "Adventure Works", "Logistics Coordinator", RejectionStage.ScreeningCall, Situation.Rejected, "RS"),
        S("two messages, misspelt internship", ["just got rejected by Wide World Importers", "it was for the suply chain analist internship, after the second round, they emailed this morning"],
            Feeling.Disappointed, "Wide World Importers", "Supply Chain Analyst Internship", RejectionStage.Interview, Situation.Rejected, "CRSVW"),
        S("three rounds, a skills reason, an hour ago", ["Contoso Electronics rejected me after three rounds of interviews for the hardware engineer role, they said I lacked experience with PCB design. email came an hour ago"],
            Feeling.Angry, "Contoso Electronics", "Hardware Engineer", RejectionStage.Interview, Situation.Rejected, "CRSVW"),
        S("final panel, the caller named with Mr.", ["Mr. Lindqvist from Northwind Health called this morning, I didn't get the clinical research coordinator job after the final panel"],
            Feeling.Disappointed, "Northwind Health", "Clinical Research Coordinator", RejectionStage.FinalRound, Situation.Rejected, "CRSVWX", contact: "Mr. Lindqvist"),
        S("automated e-mail quoted, no call", ["got the automatic 'we've decided to pursue other candidates' email from Proseware Labs for the junior data engineer position. didn't even get a call"],
            Feeling.SomethingElse, "Proseware Labs", "Junior Data Engineer", RejectionStage.Application, Situation.Rejected, "RV"),
        S("ghosted after a recruiter call, ten days", ["Tailwind Traders never got back to me after my recruiter call for the operations analyst role, it's been 10 days"],
            Feeling.DoubtingMyself, "Tailwind Traders", "Operations Analyst", RejectionStage.ScreeningCall, Situation.Ghosted, "CRSV"),
        S("e-mail: rescinded for budget, warm signature", [WingtipToys], Feeling.Angry, "Wingtip Toys", "Associate Product Designer", RejectionStage.OfferRescinded, Situation.Rejected, "CRSVX", contact: "Priya Nair"),
        S("negotiation over a start date", ["The offer from Litware Consulting fell through because we couldn't agree on a start date for the business analyst role"],
            Feeling.Disappointed, "Litware Consulting", "Business Analyst", RejectionStage.NegotiationBrokeDown, Situation.Rejected, "CR"),
        S("decline in two messages, moving away", ["I have to decline an offer :(", "it's from Trey Research for the lab assistant job, I'm moving to another city"],
            Feeling.SomethingElse, "Trey Research", "Lab Assistant", null, Situation.DeclinedOffer, "R"),
        S("final round by phone, summer internship, relieved", ["contoso bank turned me down after the final round for the summer finance internship, call this afternoon. kinda relieved tbh"],
            Feeling.Relieved, "Contoso Bank", "Summer Finance Internship", RejectionStage.FinalRound, Situation.Rejected, "CRSVW"),

        // ----- Fourteen more, walked after the reading fixes of issue 19's review (each kind, new words) -----
        S("someone over at the company called, second interview", ["the recruiter over at bluebird roastery called me yesterday, they went with someone else for the barista trainer role after my second interview"],
            Feeling.Disappointed, "Bluebird Roastery", "Barista Trainer", RejectionStage.Interview, Situation.Rejected, "CRSVW"),
        S("not even a call, three days ago, typos", ["didnt even get a call from northwind traders for the junior buyer position, rejection email came 3 days ago"],
            Feeling.DoubtingMyself, "Northwind Traders", "Junior Buyer", RejectionStage.Application, Situation.Rejected, "CRSVW"),
        S("HR rang after the phone screen", ["HR from Litware Systems rang me this morning, not moving forward after the phone screen for the IT support technician role"],
            Feeling.Angry, "Litware Systems", "IT Support Technician", RejectionStage.ScreeningCall, Situation.Rejected, "CRSVW"),
        S("final round, nine days on", ["final round with Halcyon Media for the growth marketing associate role, got the no by email, it's been 9 days and I still think about it"],
            Feeling.SomethingElse, "Halcyon Media", "Growth Marketing Associate", RejectionStage.FinalRound, Situation.Rejected, "CRSVW"),
        S("waiting since last Thursday after a panel", ["still waiting to hear from Coho Winery since last Thursday, had the panel interview for the tasting room lead job"],
            Feeling.Frustrated, "Coho Winery", "Tasting Room Lead", RejectionStage.Interview, Situation.Ghosted, "CRSVW"),
        S("ghosted, two messages, never a screening call", ["no news from alpine ski house", "applied 5 weeks ago for the lift operations supervisor role, never even got a screening call"],
            Feeling.DoubtingMyself, "Alpine Ski House", "Lift Operations Supervisor", RejectionStage.Application, Situation.Ghosted, "CRSVW"),
        S("e-mail pasted under a note: role eliminated", [WoodgroveEliminated],
            Feeling.Disappointed, "Woodgrove Bank", "Junior Actuarial Analyst", RejectionStage.OfferRescinded, Situation.Rejected, "CRSVWX", contact: "Helen Ortiz"),
        S("rescinded, two messages, reason in the second", ["they pulled my offer :(", "it was pinecone games, the game tester role, they said the studio is restructuring. hr called me on monday"],
            Feeling.Angry, "Pinecone Games", "Game Tester", RejectionStage.OfferRescinded, Situation.Rejected, "CRSVW"),
        S("negotiation fell apart over a start date, lower case", ["negotiations with harbor clinic group fell apart over the start date, it was for the clinical data coordinator job. they emailed yesterday"],
            Feeling.Frustrated, "Harbor Clinic Group", "Clinical Data Coordinator", RejectionStage.NegotiationBrokeDown, Situation.Rejected, "CRSVW"),
        S("offer, then turning it down in a second message", ["I got an offer from Relecloud for the cloud support associate role", "I'm turning it down, I accepted a role closer to my family"],
            Feeling.Relieved, "Relecloud", "Cloud Support Associate", null, Situation.DeclinedOffer, "CR"),
        S("decline in lower case, the pay in the same breath", ["got an offer from blue yonder airlines for the ground operations trainee job but i'm going to decline it, the pay is too low for the city"],
            Feeling.SomethingElse, "Blue Yonder Airlines", "Ground Operations Trainee", null, Situation.DeclinedOffer, "CR"),
        S("e-mail: interview, senior recruiter, confidentiality footer", [WideWorldInterview],
            Feeling.Disappointed, "Meridian Freight", "Customs Broker Trainee", RejectionStage.Interview, Situation.Rejected, "CRSVX", contact: "Marta Kowalski"),
        S("portfolio never looked at, team e-mail pasted", [SouthridgePortfolio],
            Feeling.Angry, "Southridge Video", "Motion Designer", RejectionStage.Application, Situation.Rejected, "CRSV"),
        S("talent partner phoned, internal candidate, final round", ["the talent partner from Brightwater Analytics phoned me today, they're going with an internal candidate for the research analyst role after the final round"],
            Feeling.DoubtingMyself, "Brightwater Analytics", "Research Analyst", RejectionStage.FinalRound, Situation.Rejected, "CRSVW"),

        // ----- Ten more for the drafts' review (issue 19d): each read as a career counselor would -----
        S("decline, the pay in chat words", ["got an offer from Northwind Logistics for the inventory analyst role but im turning it down, the pay is kinda low tbh"],
            Feeling.Relieved, "Northwind Logistics", "Inventory Analyst", null, Situation.DeclinedOffer, "CR", reason: "the pay is kinda low tbh"),
        S("decline, a reason of no kind", ["I have an offer from Fourth Coffee for the barista supervisor job and I'm going to decline"],
            Feeling.DoubtingMyself, "Fourth Coffee", "Barista Supervisor", null, Situation.DeclinedOffer, "CR", reason: "my gut says no and i can't really explain it"),
        S("e-mail: application, coordinator's signature and a notice", [AdatumHealth],
            Feeling.Frustrated, "Adatum Health", "Data Entry Clerk", RejectionStage.Application, Situation.Rejected, "R"),
        S("recruiter called after the phone screen, angry", ["The recruiter from Trey Analytics called yesterday to say they won't move forward after my phone screen for the marketing analyst role"],
            Feeling.Angry, "Trey Analytics", "Marketing Analyst", RejectionStage.ScreeningCall, Situation.Rejected, "CRSV"),
        S("two messages, second interview, something else", ["heard back from Lamna Labs", "they rejected me after the second interview for the lab coordinator position, by email"],
            Feeling.SomethingElse, "Lamna Labs", "Lab Coordinator", RejectionStage.Interview, Situation.Rejected, "CRSV"),
        S("final round weeks ago, still not replied", ["it's been three weeks since Contoso Retail told me no after the final round for the store operations trainee role, still can't bring myself to reply"],
            Feeling.DoubtingMyself, "Contoso Retail", "Store Operations Trainee", RejectionStage.FinalRound, Situation.Rejected, "RS"),
        S("ghosted after the final interview, angry", ["Fabrikam Studios ghosted me after my final interview for the junior animator role, it's been a month"],
            Feeling.Angry, "Fabrikam Studios", "Junior Animator", RejectionStage.FinalRound, Situation.Ghosted, "CRS"),
        S("e-mail: rescinded for business needs, relieved", [LucerneMedia],
            Feeling.Relieved, "Lucerne Media", "Junior Copywriter", RejectionStage.OfferRescinded, Situation.Rejected, "CRS"),
        S("negotiation over salary, doubting", ["the negotiation with Wingtip Finance fell apart because they wouldn't move on the salary for the junior auditor role, they emailed yesterday"],
            Feeling.DoubtingMyself, "Wingtip Finance", "Junior Auditor", RejectionStage.NegotiationBrokeDown, Situation.Rejected, "CRS"),
        S("decline in two messages, relocating", ["I need to decline the offer from Bellows Health for the medical scribe position", "I'm relocating to another state with my partner"],
            Feeling.Disappointed, "Bellows Health", "Medical Scribe", null, Situation.DeclinedOffer, "CR", reason: "I'm relocating to another state with my partner"),
    ];

    private const string WingtipToys = """
        Hi Sam,

        I'm sorry to share that due to budget changes, we have to rescind the offer for the Associate Product Designer role at Wingtip Toys.

        This was not a reflection of your skills, and we enjoyed getting to know you.

        Warm regards,
        Priya Nair
        Talent Partner | Wingtip Toys
        """;

    private const string FourthCoffee = """
        Hi Sam,

        Thank you for meeting with our team for the final round interviews for the Financial Analyst position at Fourth Coffee.

        Unfortunately we won't be moving forward with your application. We appreciated the time you spent with us.

        Best,
        Ines Duarte
        Talent Acquisition | Fourth Coffee

        CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may contain privileged information.
        """;

    private const string BlueYonder = """
        Dear Sam,

        Thank you for your interest in Blue Yonder Airlines. Unfortunately, we won't be moving forward with your application for the Operations Coordinator role.

        We wish you the best in your search.

        Kind regards,
        Ines Moreau
        Recruiting, Blue Yonder Airlines

        Sent from my iPhone
        """;

    private const string Lamna = """
        Dear Sam Rivera,

        Thank you for applying for the Research Assistant position at Lamna Healthcare. After careful review of your application, we have decided not to move forward at this time.

        We encourage you to apply for future openings.

        Sincerely,
        Lamna Healthcare Talent Team

        This message may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.
        """;

    private const string Zava = """
        Hello Sam,

        Thanks for speaking with me on the phone screen last Tuesday about the Customer Success Associate role at Zava.

        After discussing internally, we have decided to pursue other candidates whose experience more closely matches our needs.

        All the best,
        Jordan Mills
        Senior Recruiter, Zava
        """;

    private const string Munson = """
        Dear Candidate,

        We have reviewed your application for the Graduate Accountant role and regret to inform you that you have not been selected for interview.

        Regards,
        Recruitment Team
        Munson Brothers Accounting
        """;

    private const string BellowsTech = """
        Dear Sam,

        I am writing to let you know that, due to a company-wide hiring freeze, we must withdraw our offer for the Junior Web Developer position at Bellows Tech.

        We are very sorry for the inconvenience.

        Best regards,
        Omar Haddad
        HR Manager, Bellows Tech
        """;

    private const string WoodgroveEliminated = """
        this came last friday and i don't know what to say back

        Dear Sam,

        We regret to let you know that the role has been eliminated in a reorganisation, and we must withdraw our offer for the Junior Actuarial Analyst position at Woodgrove Bank.

        We are truly sorry for the disappointment this causes.

        Kind regards,
        Helen Ortiz
        Talent Acquisition | Woodgrove Bank

        This e-mail and any files transmitted with it are confidential and intended solely for the addressee.
        """;

    private const string WideWorldInterview = """
        Hi Sam,

        Thank you for interviewing with our team last week for the Customs Broker Trainee role at Meridian Freight. After careful consideration, we have decided to move forward with other candidates.

        We appreciated your time and wish you success in your search.

        Best regards,
        Marta Kowalski
        Senior Recruiter | Meridian Freight

        This message and any attachments are confidential. If you received it in error, please notify the sender and delete it.
        """;

    private const string SouthridgePortfolio = """
        they didn't even look at my portfolio. here's the email:

        Hi Sam,

        Thank you for applying for the Motion Designer position at Southridge Video. We will not be moving forward with your application.

        Best,
        The Southridge Video Talent Team
        """;

    private const string AdatumHealth = """
        Dear Sam,

        Thank you for your application for the Data Entry Clerk position at Adatum Health. We have reviewed your application and will not be progressing it further.

        Kind regards,
        Rachel Green
        Recruitment Coordinator | Adatum Health

        This email and its attachments are confidential and intended only for the addressee.
        """;

    private const string LucerneMedia = """
        Hi Sam,

        I regret to let you know that we are rescinding our offer for the Junior Copywriter role at Lucerne Media due to a change in business needs.

        Best,
        Dana Whitfield
        People Team, Lucerne Media
        """;
}
