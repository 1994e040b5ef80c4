using static Etiquette.Tests.LintHarness;

namespace Etiquette.Tests.Rules;

[TestClass]
public sealed class RegisterRuleTests
{
    [TestMethod]
    [DataRow("Can u check ur order?", new[] { "u", "ur" })]
    [DataRow("Thx for waiting, pls hold on", new[] { "Thx", "pls" })]
    [DataRow("I'm gonna refund it asap", new[] { "gonna", "asap" })]
    public void Textspeak_fires_on_each_term(string text, string[] spans) => AssertFires(text, "ETQ202", spans);

    [TestMethod]
    [DataRow("Your U.S. order is on its way.")]
    [DataRow("Please take the U-turn at the roundabout.")]
    [DataRow("You can pick a unit near you.")]
    [DataRow("Thanks for your patience.")]
    public void Textspeak_stays_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ202");

    [TestMethod]
    [DataRow("Can u check ur order?", "Can you check ur order?")]
    [DataRow("Pls restart the router.", "Please restart the router.")]
    [DataRow("Refund is done lol", "Refund is done")]
    [DataRow("lol your refund is done.", "Your refund is done.")]
    public void Textspeak_fix_writes_the_word_out(string text, string expected)
    {
        var first = Findings(text, "ETQ202")[0];
        Assert.AreEqual(expected, Etiquette.Core.Engine.FixApplier.ApplyEdits(text, first.Fixes[0].Edits));
    }

    [TestMethod]
    public void Emoji_after_astral_characters_and_crlf_keep_exact_spans()
    {
        var text = "Hi 👋🏽 Sam,\r\nyour 🇬🇧 refund is done 👨‍👩‍👧 :)";
        var found = AssertFires(text, "ETQ203", "👋🏽", "🇬🇧", "👨‍👩‍👧 :)");
        Assert.AreEqual(3, found[0].Span.Start);
        Assert.AreEqual(4, found[0].Span.Length);
        Assert.AreEqual("Hi Sam,\r\nyour 🇬🇧 refund is done 👨‍👩‍👧 :)", ApplyFirst(text, found[0]));
        Assert.AreEqual("Hi 👋🏽 Sam,\r\nyour 🇬🇧 refund is done", ApplyFirst(text, found[2]));
    }

    [TestMethod]
    [DataRow("The meeting is at 10:30 (see above).")]
    [DataRow("Use a ratio of 3:1 and visit https://example.com/a:b")]
    [DataRow("Your © notice and ™ mark are fine.")]
    public void Emoji_stay_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ203");

    [TestMethod]
    public void Emoji_are_allowed_by_a_casual_brand_voice() => AssertQuiet("Your parcel is on its way 🎉", "ETQ203", profile: "casual");

    [TestMethod]
    [DataRow("I will NOT refund this.", new[] { "NOT" })]
    [DataRow("PLEASE READ THE EMAIL WE SENT.", new[] { "PLEASE READ THE EMAIL WE SENT" })]
    [DataRow("This is IMPORTANT for you.", new[] { "IMPORTANT" })]
    public void Shouting_fires_on_capitals(string text, string[] spans) => AssertFires(text, "ETQ204", spans);

    [TestMethod]
    [DataRow("Your VAT invoice is in the FAQ and as a PDF.")]
    [DataRow("I checked order AB12345 for you.")]
    [DataRow("I can help. OK?")]
    public void Shouting_stays_quiet_on_acronyms_and_codes(string text) => AssertQuiet(text, "ETQ204");

    [TestMethod]
    public void Shouting_fix_writes_sentence_case() =>
        Assert.AreEqual("Please read the email we sent.", ApplyFix("PLEASE READ THE EMAIL WE SENT.", "ETQ204"));

    [TestMethod]
    [DataRow("Why did you do that?!?", "?!?", "Why did you do that?")]
    [DataRow("Thanks so much!!!", "!!!", "Thanks so much!")]
    [DataRow("Let me check.....", ".....", "Let me check...")]
    public void Excessive_punctuation_fires_and_fixes(string text, string span, string expected)
    {
        AssertFires(text, "ETQ205", span);
        Assert.AreEqual(expected, ApplyFix(text, "ETQ205"));
    }

    [TestMethod]
    [DataRow("Thanks! Is that all? Let me check...")]
    [DataRow("See https://example.com/?q=!!&ok=1 for details.")]
    public void Excessive_punctuation_stays_quiet_on_single_marks(string text) => AssertQuiet(text, "ETQ205");

    [TestMethod]
    [DataRow("Kindly be advised that your order has shipped.", "Kindly be advised that", "Your order has shipped.")]
    [DataRow("I will reply forthwith.", "forthwith", "I will reply straight away.")]
    [DataRow("Please send it at your earliest convenience.", "at your earliest convenience", "Please send it when you can.")]
    public void Stiff_phrases_fire_and_fix(string text, string span, string expected)
    {
        AssertFires(text, "ETQ206", span);
        Assert.AreEqual(expected, ApplyFix(text, "ETQ206"));
    }

    [TestMethod]
    [DataRow("That's very kind of you.")]
    [DataRow("Please note your reference number.")]
    public void Stiff_phrases_stay_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ206");

    [TestMethod]
    [DataRow("k", "k", "Okay, thank you.")]
    [DataRow("Fine.", "Fine", "That's fine, thank you.")]
    [DataRow("nope", "nope", "No, I'm afraid not.")]
    public void Curt_replies_fire_and_fix(string text, string span, string expected)
    {
        AssertFires(text, "ETQ207", span);
        AssertQuiet(text, "ETQ202");
        Assert.AreEqual(expected, ApplyFix(text, "ETQ207"));
    }

    [TestMethod]
    [DataRow("OK, I've refunded the order.")]
    [DataRow("Fine dining vouchers are in your account.")]
    [DataRow("No problem at all, happy to help.")]
    public void Curt_replies_stay_quiet_on_full_sentences(string text) => AssertQuiet(text, "ETQ207");

    private static string ApplyFirst(string text, Etiquette.Core.Diagnostics.Diagnostic diagnostic) =>
        Etiquette.Core.Engine.FixApplier.ApplyEdits(text, diagnostic.Fixes[0].Edits);
}
