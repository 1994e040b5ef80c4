using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using static Etiquette.Tests.LintHarness;

namespace Etiquette.Tests.Rules;

[TestClass]
public sealed class ToneRuleTests
{
    private static readonly Conversation Complaint =
        Chat("Sam Jones", Customer("This is unacceptable, my parcel still hasn't arrived and I've waited for two weeks!"));

    // ETQ102 no empathy after a complaint

    [TestMethod]
    [DataRow("Your parcel is with the courier. It will arrive on Friday.", "Your parcel is with the courier.")]
    [DataRow("Hi Sam!\nYour parcel is with the courier.", "Your parcel is with the courier.")]
    [DataRow("Hello Sam, thanks for getting in touch! Your parcel is with the courier.", "Your parcel is with the courier.")]
    [DataRow("Hi Sam, your parcel is with the courier.", "Hi Sam, your parcel is with the courier.")]
    [DataRow("Hi, Sam! Hello and thanks for your message. Your parcel is with the courier.", "Your parcel is with the courier.")]
    [DataRow("Hello, Your parcel is with the courier.", "Hello, Your parcel is with the courier.")]
    public void No_empathy_fires_on_the_first_sentence_after_a_greeting(string text, string span) =>
        AssertFiresIn(text, "ETQ102", Complaint, span);

    [TestMethod]
    [DataRow("Your parcel is with the courier.", "I'm sorry about this. Your parcel is with the courier.")]
    [DataRow("Hi Sam!\r\nYour parcel is with the courier.", "Hi Sam!\r\nI'm sorry about this. Your parcel is with the courier.")]
    [DataRow("Hi Sam, your parcel is with the courier.", "Hi Sam, I'm sorry about this. Your parcel is with the courier.")]
    [DataRow("let me check 🙂", "I'm sorry about this. Let me check 🙂")]
    public void No_empathy_fix_apologises_first(string text, string expected) =>
        Assert.AreEqual(expected, ApplyFix(text, "ETQ102", Complaint));

    [TestMethod]
    [DataRow("I'm so sorry about that. Your parcel is with the courier.")]
    [DataRow("I completely understand how frustrating this is. Let me check.")]
    [DataRow("Thank you for your patience, I've chased the courier.")]
    [DataRow("We apologise for the delay; it ships today.")]
    [DataRow("That must have been really annoying. Let me look.")]
    public void No_empathy_stays_quiet_when_the_draft_acknowledges_it(string text) => AssertQuiet(text, "ETQ102", Complaint);

    [TestMethod]
    public void No_empathy_stays_quiet_after_a_neutral_question() =>
        AssertQuiet("Your parcel is with the courier.", "ETQ102", Chat(null, Customer("Hi, where is my parcel? Order 12345.")));

    [TestMethod]
    public void No_empathy_stays_quiet_without_a_conversation() => AssertQuiet("Your parcel is with the courier.", "ETQ102");

    [TestMethod]
    public void No_empathy_stays_quiet_once_the_agent_has_apologised_since_the_complaint()
    {
        var chat = Chat(null,
            Customer("I was charged twice, this is ridiculous."),
            Agent("I'm really sorry about that, let me look into it."));
        AssertQuiet("I've refunded the second payment.", "ETQ102", chat);
    }

    [TestMethod]
    public void No_empathy_reads_only_the_customer_s_last_message()
    {
        var answered = Chat(null, Customer("My order is broken and I'm angry."), Agent("I'm sorry, I'll send a new one today."), Customer("When will it come?"));
        AssertQuiet("It will arrive tomorrow.", "ETQ102", answered);
        var complainedAgain = Chat(null, Customer("Where is it?"), Agent("It ships today."), Customer("It never arrived. I'm fed up."));
        AssertFiresIn("It will arrive tomorrow.", "ETQ102", complainedAgain, "It will arrive tomorrow.");
    }

    // ETQ103 blame language

    [TestMethod]
    [DataRow("You should have read the terms.", new[] { "You should have" })]
    [DataRow("That's your fault, you forgot to confirm the order.", new[] { "your fault", "you forgot to" })]
    [DataRow("It failed because you didn't update the app.", new[] { "because you didn't" })]
    [DataRow("If you had read the email you would know. This is user error.", new[] { "If you had read", "user error" })]
    [DataRow("You were supposed to return it within 30 days.", new[] { "You were supposed to" })]
    [DataRow("You must have typed the wrong code.", new[] { "You must have" })]
    [DataRow("You should’ve called us.", new[] { "You should’ve" })]
    public void Blame_fires_on_blaming_phrases(string text, string[] spans) => AssertFires(text, "ETQ103", spans);

    [TestMethod]
    [DataRow("You should have received an email from us.")]
    [DataRow("You should have got a text this morning.")]
    [DataRow("You should have been sent a code, and you should have seen it by now.")]
    [DataRow("You must have been so worried.")]
    [DataRow("Please send us a photo of the fault so we can help.")]
    [DataRow("I forgot to mention the voucher, sorry.")]
    [DataRow("It's not your fault at all, and it isn’t user error either.")]
    [DataRow("I'll fix your problem today.")]
    public void Blame_stays_quiet_on_expectations_and_neutral_text(string text) => AssertQuiet(text, "ETQ103");

    [TestMethod]
    [DataRow("You failed to enter the code.", "It looks like you didn't enter the code.")]
    [DataRow("Sorry, you forgot to add the discount.", "Sorry, it looks like you didn't add the discount.")]
    [DataRow("You didn't read the email.", "You may have missed the email.")]
    [DataRow("You must have typed the wrong code.", "It looks like you may have typed the wrong code.")]
    [DataRow("It's your responsibility to check the address.", "You'll need to check the address.")]
    public void Blame_fix_writes_the_neutral_rephrase(string text, string expected) => Assert.AreEqual(expected, ApplyFix(text, "ETQ103"));

    [TestMethod]
    public void Blame_without_a_neutral_rephrase_offers_no_fix()
    {
        var found = AssertFires("This is your fault.", "ETQ103", "your fault");
        Assert.AreEqual(0, found[0].Fixes.Count);
        StringAssert.Contains(found[0].Message, "blames the customer");
    }

    // ETQ104 condescension

    [TestMethod]
    [DataRow("Obviously the parcel is late.", new[] { "Obviously" })]
    [DataRow("As I already told you, the refund takes 5 days.", new[] { "As I already told you" })]
    [DataRow("Like I said, clearly you missed the email.", new[] { "Like I said", "clearly you" })]
    [DataRow("It's not that hard, please calm down.", new[] { "It's not that hard", "calm down" })]
    [DataRow("With all due respect, even you can do this.", new[] { "With all due respect", "even you" })]
    [DataRow("I already explained this. Please try to understand.", new[] { "I already explained", "Please try to understand" })]
    [DataRow("As previously stated, it's very simple.", new[] { "As previously stated", "it's very simple" })]
    public void Condescension_fires_on_talking_down(string text, string[] spans) => AssertFires(text, "ETQ104", spans);

    [TestMethod]
    [DataRow("As you said, the parcel is late.")]
    [DataRow("I'll explain it clearly this time.")]
    [DataRow("Clearly labelled boxes help the courier.")]
    [DataRow("As I said I would, I've refunded the order.")]
    [DataRow("With respect to your order, it ships today.")]
    public void Condescension_stays_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ104");

    [TestMethod]
    [DataRow("Obviously, the parcel is late.", "The parcel is late.")]
    [DataRow("The parcel is obviously late.", "The parcel is late.")]
    [DataRow("As I already told you, the refund takes 5 days.", "The refund takes 5 days.")]
    [DataRow("The refund takes 5 days, as I said.", "The refund takes 5 days.")]
    [DataRow("You clearly missed the email.", "You missed the email.")]
    [DataRow("With all due respect, the policy is clear.", "The policy is clear.")]
    public void Condescension_fix_takes_the_phrase_out(string text, string expected) => Assert.AreEqual(expected, ApplyFix(text, "ETQ104"));

    [TestMethod]
    [DataRow("As I said.", "As I said")]
    [DataRow("Calm down.", "Calm down")]
    public void Condescension_offers_no_fix_when_nothing_would_be_left(string text, string span)
    {
        var found = AssertFires(text, "ETQ104", span);
        Assert.AreEqual(0, found[0].Fixes.Count);
        StringAssert.Contains(found[0].Message, "rephrase it respectfully");
    }

    // ETQ105 negative phrasing

    [TestMethod]
    [DataRow("Unfortunately we can't refund opened items.", new[] { "Unfortunately we can't" })]
    [DataRow("It's against our policy to refund opened items.", new[] { "It's against our policy" })]
    [DataRow("That's not possible, sorry. I don't know why.", new[] { "That's not possible", "I don't know" })]
    [DataRow("You can't change the address now.", new[] { "You can't" })]
    [DataRow("No problem, we don't do that.", new[] { "No problem", "we don't do that" })]
    [DataRow("Sure, no problem! I can't help you with that though.", new[] { "no problem", "I can't help you with that" })]
    public void Negative_phrasing_fires(string text, string[] spans) => AssertFires(text, "ETQ105", spans);

    [TestMethod]
    [DataRow("That's no problem at all.")]
    [DataRow("There's no problem with your account.")]
    [DataRow("What we can do is send a replacement today.")]
    [DataRow("I know exactly where your parcel is.")]
    public void Negative_phrasing_stays_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ105");

    [TestMethod]
    [DataRow("I don't know why it failed.", "Let me find out why it failed.")]
    [DataRow("Sorry, I don't know why it failed.", "Sorry, let me find out why it failed.")]
    [DataRow("No problem, I've updated it.", "Happy to help, I've updated it.")]
    [DataRow("Please don't hesitate to call us.", "Please feel free to call us.")]
    [DataRow("You must restart the router.", "Please restart the router.")]
    public void Negative_phrasing_fix_writes_the_positive_alternative(string text, string expected) =>
        Assert.AreEqual(expected, ApplyFix(text, "ETQ105"));

    [TestMethod]
    public void Negative_phrasing_that_only_the_agent_can_finish_is_advice_without_a_fix()
    {
        // Writing "what we can do is" over "we can't" would promise the very refund being refused.
        var found = AssertFires("Unfortunately we can't refund opened items.", "ETQ105", "Unfortunately we can't");
        Assert.AreEqual(0, found[0].Fixes.Count);
        Assert.AreEqual("'Unfortunately we can't' dwells on what can't be done; try 'what we can do is …'", found[0].Message);
        Assert.AreEqual(DiagnosticSeverity.Info, found[0].Severity);
    }

    // ETQ106 profanity

    [TestMethod]
    [DataRow("This is fucking ridiculous.", new[] { "fucking" })]
    [DataRow("What the hell happened, the courier is a wanker.", new[] { "What the hell", "wanker" })]
    [DataRow("The bloody printer is crap.", new[] { "bloody", "crap" })]
    [DataRow("Shitty service, FFS.", new[] { "Shitty", "FFS" })]
    [DataRow("Don’t be a dickhead, you twats.", new[] { "dickhead", "twats" })]
    [DataRow("Sod off, I can't be arsed.", new[] { "Sod off", "arsed" })]
    public void Profanity_fires_on_swearing(string text, string[] spans) => AssertFires(text, "ETQ106", spans);

    [TestMethod]
    [DataRow("Our Scunthorpe store has your parcel.")]
    [DataRow("First class delivery is included in our assistance plan.")]
    [DataRow("Hello! The shell of the cocktail shaker is steel.")]
    [DataRow("The Dickens box set ships from Essex, near the Arsenal stadium.")]
    [DataRow("Please assess the shiitake mushrooms and the Wankel engine.")]
    [DataRow("See https://example.com/crap-free for details.")]
    public void Profanity_stays_quiet_inside_innocent_words(string text) => AssertQuiet(text, "ETQ106");

    [TestMethod]
    public void Profanity_is_an_error() =>
        Assert.AreEqual(DiagnosticSeverity.Error, Findings("Damn, it broke.", "ETQ106").Single().Severity);

    [TestMethod]
    [DataRow("This is fucking ridiculous.", "This is ridiculous.")]
    [DataRow("Damn, the printer jammed.", "The printer jammed.")]
    [DataRow("Where the hell is it?", "Where is it?")]
    [DataRow("I bloody well told them 🙄", "I told them 🙄")]
    public void Profanity_fix_removes_an_intensifier(string text, string expected) => Assert.AreEqual(expected, ApplyFix(text, "ETQ106"));

    [TestMethod]
    [DataRow("The courier is a wanker.", "wanker")]
    [DataRow("Damn.", "Damn")]
    [DataRow("What the fuck?", "fuck")]
    public void Profanity_offers_no_fix_when_removal_would_not_leave_a_sound_sentence(string text, string span)
    {
        var found = AssertFires(text, "ETQ106", span);
        Assert.AreEqual(0, found[0].Fixes.Count);
    }

    [TestMethod]
    public void Profanity_spans_stay_right_after_emoji_and_crlf()
    {
        const string text = "Hi 👨‍👩‍👧 Sam,\r\n😤 this is bloody annoying";
        var found = AssertFires(text, "ETQ106", "bloody");
        Assert.AreEqual(text.IndexOf("bloody", StringComparison.Ordinal), found[0].Span.Start);
        Assert.AreEqual("Hi 👨‍👩‍👧 Sam,\r\n😤 this is annoying", ApplyFix(text, "ETQ106"));
    }
}
