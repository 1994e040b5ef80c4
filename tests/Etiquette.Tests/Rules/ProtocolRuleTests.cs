using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using static Etiquette.Tests.LintHarness;

namespace Etiquette.Tests.Rules;

[TestClass]
public sealed class ProtocolRuleTests
{
    private static readonly Conversation NewChat = Chat("Sam Jones", Customer("Where is my parcel? Order 12345."));
    private static readonly Conversation NewChatWithoutName = Chat(null, Customer("Where is my parcel?"));

    // ETQ501 first reply without a greeting

    [TestMethod]
    [DataRow("Your parcel is with the courier. It arrives Friday.", "Your parcel is with the courier.")]
    [DataRow("  let me check that for you", "let me check that for you")]
    [DataRow("🙂 Sam, it ships today!", "🙂 Sam, it ships today!")]
    public void Missing_greeting_fires_on_the_first_sentence_of_a_first_reply(string text, string span) =>
        AssertFiresIn(text, "ETQ501", NewChat, span);

    [TestMethod]
    [DataRow("Your parcel is with the courier.", "Hi Sam, thanks for getting in touch. Your parcel is with the courier.")]
    [DataRow("  let me check that for you", "  Hi Sam, thanks for getting in touch. Let me check that for you")]
    public void Missing_greeting_fix_greets_the_customer_by_name(string text, string expected) =>
        Assert.AreEqual(expected, ApplyFix(text, "ETQ501", NewChat));

    [TestMethod]
    public void Missing_greeting_fix_says_hello_when_the_name_is_unknown() =>
        Assert.AreEqual("Hello, thanks for getting in touch. Your parcel is with the courier.",
            ApplyFix("Your parcel is with the courier.", "ETQ501", NewChatWithoutName));

    [TestMethod]
    [DataRow("Hi Sam, your parcel is with the courier.")]
    [DataRow("Hello! Your parcel is with the courier.")]
    [DataRow("Good morning, your parcel is with the courier.")]
    [DataRow("Thanks for getting in touch. Your parcel is with the courier.")]
    [DataRow("Thank you for reaching out! Your parcel is with the courier.")]
    [DataRow("👋 Hey there, it ships today.")]
    [DataRow("Dear Mr Jones, your parcel is with the courier.")]
    public void Missing_greeting_stays_quiet_when_the_reply_greets(string text) => AssertQuiet(text, "ETQ501", NewChat);

    [TestMethod]
    public void Missing_greeting_stays_quiet_once_the_agent_has_replied()
    {
        var chat = Chat("Sam", Customer("Where is my parcel?"), Agent("Hi Sam, let me check."), Customer("Thanks."));
        AssertQuiet("Your parcel is with the courier.", "ETQ501", chat);
    }

    [TestMethod]
    public void Missing_greeting_stays_quiet_without_a_conversation() => AssertQuiet("Your parcel is with the courier.", "ETQ501");

    // ETQ502 closing without a satisfaction check

    [TestMethod]
    [DataRow("Your refund is done. Have a great day!", "Have a great day")]
    [DataRow("Your refund is done, take care.", "take care")]
    [DataRow("Your refund is done.\r\nKind regards,\r\nPriya", "Kind regards")]
    [DataRow("Thanks for contacting us, have a lovely evening!", "have a lovely evening")]
    [DataRow("Your refund is done. Thank you for chatting with us!", "Thank you for chatting")]
    [DataRow("Bye!", "Bye")]
    public void Missing_satisfaction_check_fires_on_the_sign_off(string text, string span) => AssertFires(text, "ETQ502", span);

    [TestMethod]
    [DataRow("Your refund is done. Have a great day!", "Your refund is done. Is there anything else I can help with? Have a great day!")]
    [DataRow("Your refund is done, take care.", "Your refund is done. Is there anything else I can help with? Take care.")]
    [DataRow("Your refund is done.\r\nKind regards,\r\nPriya", "Your refund is done. Is there anything else I can help with?\r\nKind regards,\r\nPriya")]
    [DataRow("All done 👍\nhave a nice day", "All done 👍\nIs there anything else I can help with? Have a nice day")]
    [DataRow("All sorted and have a nice day.", "Is there anything else I can help with? All sorted and have a nice day.")]
    public void Missing_satisfaction_check_fix_asks_before_the_sign_off(string text, string expected) =>
        Assert.AreEqual(expected, ApplyFix(text, "ETQ502"));

    [TestMethod]
    [DataRow("Your refund is done. Is there anything else I can help with? Have a great day!")]
    [DataRow("Does that answer your question? Take care.")]
    [DataRow("I'll take care of it right now.")]
    [DataRow("Thanks for contacting us! Your refund is done.")]
    [DataRow("Hello Jim. Thanks for reaching out. Please check your filter settings.")]
    [DataRow("Hi, Brian! Thanks for reaching out, I'd like to help.")]
    [DataRow("Hello and thanks for reaching out. We can do that today.")]
    [DataRow("In this regards, I suggest calling us.")]
    [DataRow("All the best options are on our website.")]
    [DataRow("Your refund is done.")]
    public void Missing_satisfaction_check_stays_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ502");

    [TestMethod]
    public void Missing_satisfaction_check_stays_quiet_when_the_last_reply_already_asked()
    {
        var asked = Chat(null, Customer("Is my refund done?"), Agent("Yes, it is. Is there anything else I can help with?"), Customer("No, thanks."));
        AssertQuiet("Have a great day!", "ETQ502", asked);
        var notAsked = Chat(null, Customer("Is my refund done?"), Agent("Yes, it is."), Customer("Great, thanks."));
        AssertFiresIn("Have a great day!", "ETQ502", notAsked, "Have a great day");
    }

    // ETQ503 vague promise without a time frame

    [TestMethod]
    [DataRow("I'll get back to you soon.", new[] { "I'll get back" })]
    [DataRow("We will look into it. Someone will contact you.", new[] { "We will look into", "Someone will contact" })]
    [DataRow("Your refund will be processed in due course.", new[] { "in due course" })]
    [DataRow("We’ll be in touch shortly, and I'll email you.", new[] { "We’ll be in touch" })]
    [DataRow("A replacement will be sent as soon as possible.", new[] { "as soon as possible" })]
    [DataRow("The team will follow up at some point.", new[] { "team will follow up" })]
    [DataRow("We'll let you know when we can.", new[] { "We'll let you know" })]
    [DataRow("I'll refund it as soon as possible.", new[] { "I'll refund" })]
    public void Vague_promise_fires_on_the_promise(string text, string[] spans) => AssertFires(text, "ETQ503", spans);

    [TestMethod]
    [DataRow("I'll get back to you within 24 hours.")]
    [DataRow("We will contact you by Friday.")]
    [DataRow("Someone will call you tomorrow morning.")]
    [DataRow("I'll email you by 5pm today.")]
    [DataRow("We'll refund it in 2 working days.")]
    [DataRow("I'll update you on Monday.")]
    [DataRow("The engineer will call you next week.")]
    [DataRow("We'll send it within 3-5 days.")]
    [DataRow("I'll follow up by 12/03 at 17:00.")]
    [DataRow("I'll send the link right now.")]
    [DataRow("We'll be in touch in a few hours.")]
    [DataRow("It arrives as soon as the courier collects it.")]
    [DataRow("We'll email you once it's dispatched.")]
    [DataRow("We'll let you know when the part arrives.")]
    [DataRow("Thanks for chatting, speak soon!")]
    [DataRow("Your refund was processed yesterday.")]
    public void Vague_promise_stays_quiet_with_a_time_frame_or_no_promise(string text) => AssertQuiet(text, "ETQ503");

    [TestMethod]
    public void Vague_promise_offers_no_fix()
    {
        var found = AssertFires("Hi 👋🏽\r\nI'll get back to you soon.", "ETQ503", "I'll get back");
        Assert.AreEqual(0, found[0].Fixes.Count);
        Assert.AreEqual("'I'll get back' leaves the customer guessing when; give a time frame such as 'within 24 hours' or 'by Friday'", found[0].Message);
    }

    // ETQ504 customer's name known but never used

    [TestMethod]
    [DataRow("Hi, your parcel is with the courier.", "Hi", "Hi Sam, your parcel is with the courier.")]
    [DataRow("Good morning! It ships today.", "Good morning", "Good morning Sam! It ships today.")]
    [DataRow("Hi there, it ships today.", "Hi there", "Hi Sam, it ships today.")]
    [DataRow("Dear customer,\r\nit ships today.", "Dear customer", "Dear Sam,\r\nit ships today.")]
    public void Name_not_used_fix_greets_by_name(string text, string span, string expected)
    {
        AssertFiresIn(text, "ETQ504", NewChat, span);
        Assert.AreEqual(expected, ApplyFix(text, "ETQ504", NewChat));
    }

    [TestMethod]
    [DataRow("Your parcel is with the courier.", "Your")]
    [DataRow("🙂 it ships today.", "it")]
    [DataRow("Thanks for getting in touch! It ships today.", "Thanks for getting in touch")]
    public void Name_not_used_offers_no_fix_without_a_greeting_word(string text, string span)
    {
        var found = AssertFiresIn(text, "ETQ504", NewChat, span);
        Assert.AreEqual(0, found[0].Fixes.Count);
        Assert.AreEqual(DiagnosticSeverity.Info, found[0].Severity);
    }

    [TestMethod]
    [DataRow("Hi Sam, your parcel is with the courier.")]
    [DataRow("hi sam, it ships today.")]
    [DataRow("I've updated Sam's address.")]
    public void Name_not_used_stays_quiet_when_the_draft_uses_the_name(string text) => AssertQuiet(text, "ETQ504", NewChat);

    [TestMethod]
    public void Name_not_used_stays_quiet_when_an_earlier_reply_used_it()
    {
        var chat = Chat("Sam Jones", Customer("Where is my parcel?"), Agent("Hi Sam, let me check."), Customer("Thanks."));
        AssertQuiet("It ships today.", "ETQ504", chat);
    }

    [TestMethod]
    public void Name_not_used_does_not_count_the_name_inside_another_word() =>
        AssertFiresIn("Your Samsung phone ships today.", "ETQ504", NewChat, "Your");

    [TestMethod]
    public void Name_not_used_stays_quiet_without_a_name_or_a_conversation()
    {
        AssertQuiet("Hi, it ships today.", "ETQ504", NewChatWithoutName);
        AssertQuiet("Hi, it ships today.", "ETQ504");
    }

    [TestMethod]
    public void Name_not_used_is_hidden_in_the_casual_profile()
    {
        var found = Findings("Hi, it ships today.", "ETQ504", NewChat, "casual");
        Assert.AreEqual(1, found.Count);
        Assert.AreEqual(DiagnosticSeverity.Hidden, found[0].Severity);
    }

    // ETQ505 repeated (scripted) reply

    private static readonly Conversation Scripted = Chat(null,
        Customer("My router keeps dropping."),
        Agent("Please restart your router and wait two minutes before trying again."),
        Customer("I did that already!"));

    [TestMethod]
    [DataRow("Please restart your router and wait two minutes before trying again.")]
    [DataRow("please restart your router, and wait two minutes before trying again!!")]
    [DataRow("  PLEASE   restart your router and wait 2 minutes before trying again.\r\n")]
    public void Repeated_reply_fires_on_the_whole_draft(string text) =>
        AssertFiresIn(text, "ETQ505", Scripted, text.Trim());

    [TestMethod]
    [DataRow("Thank you.")]
    [DataRow("Sorry about that. Let me check the line from our side instead.")]
    [DataRow("Please restart your router.")]
    public void Repeated_reply_stays_quiet_on_short_or_different_replies(string text) => AssertQuiet(text, "ETQ505", Scripted);

    [TestMethod]
    public void Repeated_reply_stays_quiet_on_short_stock_phrases_said_twice() =>
        AssertQuiet("Thank you.", "ETQ505", Chat(null, Customer("Here it is."), Agent("Thank you."), Customer("And the code.")));

    [TestMethod]
    public void Repeated_reply_stays_quiet_without_a_conversation() =>
        AssertQuiet("Please restart your router and wait two minutes before trying again.", "ETQ505");

    [TestMethod]
    public void Repeated_reply_does_not_compare_with_the_customer_s_words()
    {
        var chat = Chat(null, Customer("Please can you refund my order today"));
        AssertQuiet("Please can you refund my order today", "ETQ505", chat);
    }
}
