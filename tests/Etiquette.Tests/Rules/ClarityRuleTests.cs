using Etiquette.Core.Diagnostics;
using Etiquette.Core.Lexicons;
using Etiquette.Core.Profiles;
using Etiquette.Rules;
using static Etiquette.Tests.LintHarness;
using FixApplier = Etiquette.Core.Engine.FixApplier;
using LintRequest = Etiquette.Core.Engine.LintRequest;

namespace Etiquette.Tests.Rules;

[TestClass]
public sealed class ClarityRuleTests
{
    private static readonly string[] JargonPacks = ["it", "telecom", "payments", "banking", "energy", "insurance", "travel", "retail", "internal"];

    // ETQ302 jargon term

    [TestMethod]
    [DataRow("Please clear your cache and reboot the router.", new[] { "clear your cache", "reboot" })]
    [DataRow("Your PAC code and IMEI are on the bill.", new[] { "PAC code", "IMEI" })]
    [DataRow("A chargeback can take weeks if 3D Secure failed.", new[] { "chargeback", "3D Secure" })]
    [DataRow("Your account is dormant and in arrears.", new[] { "dormant", "in arrears" })]
    [DataRow("The standing charge is 50p and you pay 30p per kWh.", new[] { "standing charge", "per kWh" })]
    [DataRow("Your excess applies and the loss adjuster will call.", new[] { "Your excess", "loss adjuster" })]
    [DataRow("Your PNR shows a codeshare flight.", new[] { "PNR", "codeshare flight" })]
    [DataRow("The SKU is on backorder at our fulfilment centre.", new[] { "SKU", "on backorder", "fulfilment centre" })]
    [DataRow("I'll escalate to tier 2 per the KB article.", new[] { "escalate to tier 2", "per the KB article" })]
    public void Jargon_fires_on_terms_of_every_pack(string text, string[] spans) => AssertFires(text, "ETQ302", spans);

    [TestMethod]
    [DataRow("Your ticket to Paris is attached.")]
    [DataRow("There is an excess baggage fee on this flight.")]
    [DataRow("A swift reply is on its way, and the pan is in the box.")]
    [DataRow("Your premium economy seat is booked for 3 Apr.")]
    [DataRow("We signed a non-disclosure agreement with the shop.")]
    [DataRow("Your ping is high because the game server is busy.")]
    [DataRow("Please restart the router and check your email.")]
    public void Jargon_stays_quiet_on_plain_words(string text) => AssertQuiet(text, "ETQ302");

    [TestMethod]
    public void Jargon_message_names_the_plain_alternative()
    {
        var found = AssertFires("Please reboot the router.", "ETQ302", "reboot");
        Assert.AreEqual("'reboot' is jargon a customer may not know; say 'restart'", found[0].Message);
        Assert.AreEqual(DiagnosticSeverity.Info, found[0].Severity);
    }

    [TestMethod]
    [DataRow("Please reboot the router.", "Please restart the router.")]
    [DataRow("Reboot the router, please.", "Restart the router, please.")]
    [DataRow("Please quote the SKU on the label.", "Please quote the product code on the label.")]
    [DataRow("SKU 4411 is sold out.", "Product code 4411 is sold out.")]
    [DataRow("We'll book it through an OTA.", "We'll book it through a booking website.")]
    [DataRow("You have a backorder with us.", "You have an order waiting for new stock with us.")]
    [DataRow("Hi 👋🏽 Sam,\r\nyour PAC code is ready.", "Hi 👋🏽 Sam,\r\nyour number transfer code is ready.")]
    public void Jargon_fix_writes_the_plain_alternative(string text, string expected) =>
        Assert.AreEqual(expected, ApplyFix(text, "ETQ302"));

    [TestMethod]
    public void Jargon_spans_stay_right_after_astral_characters_and_crlf()
    {
        const string text = "Hi 👨‍👩‍👧 Sam,\r\nplease reboot it.";
        var found = AssertFires(text, "ETQ302", "reboot");
        Assert.AreEqual(text.IndexOf("reboot", StringComparison.Ordinal), found[0].Span.Start);
    }

    [TestMethod]
    public void Jargon_packs_come_from_the_profile()
    {
        var itOnly = Compile("""{ "jargonPacks": ["it"] }""", "it-only");
        const string text = "Your PAC code is ready; please reboot the router.";
        CollectionAssert.AreEqual(new[] { "reboot" }, Covered(text, "ETQ302", itOnly));
        CollectionAssert.AreEqual(new[] { "PAC code", "reboot" }, Covered(text, "ETQ302", Linter.Profiles.Default));
    }

    [TestMethod]
    public void Jargon_terms_added_by_a_profile_fire_and_fix()
    {
        var profile = Compile("""{ "lexicons": { "jargon": { "add": ["widget sync => update"] } } }""", "widgets");
        const string text = "Your widget sync failed.";
        var found = FindingsUnder(text, "ETQ302", profile);
        Assert.AreEqual(1, found.Count);
        Assert.AreEqual("'widget sync' is jargon a customer may not know; say 'update'", found[0].Message);
        Assert.AreEqual("Your update failed.", FixApplier.ApplyEdits(text, found[0].Fixes[0].Edits));
        Assert.AreEqual(0, FindingsUnder(text, "ETQ302", Linter.Profiles.Default).Count);
    }

    [TestMethod]
    public void Jargon_term_added_without_a_replacement_asks_for_everyday_words()
    {
        var profile = Compile("""{ "lexicons": { "jargon": { "add": ["flux capacitor"] } } }""", "garage");
        var found = FindingsUnder("Your flux capacitor is fine.", "ETQ302", profile);
        Assert.AreEqual(1, found.Count);
        Assert.AreEqual("'flux capacitor' is jargon a customer may not know; say it in everyday words", found[0].Message);
        Assert.AreEqual(0, found[0].Fixes.Count);
    }

    [TestMethod]
    public void Jargon_terms_removed_by_a_profile_stay_quiet()
    {
        var profile = Compile("""{ "lexicons": { "jargon": { "remove": ["reboot"] } } }""", "no-reboot");
        Assert.AreEqual(0, FindingsUnder("Please reboot the router.", "ETQ302", profile).Count);
    }

    // ETQ303 unexplained acronym

    [TestMethod]
    [DataRow("Your FOS case is open.", new[] { "FOS" })]
    [DataRow("Please read the guide (PSD) first.", new[] { "PSD" })]
    [DataRow("Ask the DWP and the FCA for a letter.", new[] { "DWP", "FCA" })]
    public void Acronym_fires_when_unexplained(string text, string[] spans) => AssertFires(text, "ETQ303", spans);

    [TestMethod]
    public void Acronym_fires_only_on_its_first_occurrence()
    {
        const string text = "Hi 👨‍👩‍👧\r\nThe FOS can help, and the FOS is free.";
        var found = AssertFires(text, "ETQ303", "FOS");
        Assert.AreEqual(text.IndexOf("FOS", StringComparison.Ordinal), found[0].Span.Start);
        Assert.AreEqual("'FOS' is an acronym a customer may not know; spell it out the first time you use it", found[0].Message);
        Assert.AreEqual(0, found[0].Fixes.Count);
    }

    [TestMethod]
    [DataRow("OK, your UK order is fine.")]
    [DataRow("Your VAT invoice and the PDF are attached.")]
    [DataRow("The Payment Services Directive (PSD) protects you, and the PSD covers refunds.")]
    [DataRow("The PSD (Payment Services Directive) protects you.")]
    [DataRow("Ask the Department for Work and Pensions (DWP) for a letter.")]
    [DataRow("Your Anti-Fraud Team (AFT) will call you.")]
    [DataRow("PLEASE CALL THE FOS NOW.")]
    [DataRow("Your order AB12345 has shipped.")]
    [DataRow("Check the HS code on the label.")]
    [DataRow("Your APN is set.")]
    [DataRow("FYI the refund is done.")]
    [DataRow("See https://example.com/FOS for details.")]
    [DataRow("We'll be here if you need us. *MS")]
    [DataRow("Happy to help! ^SJ")]
    public void Acronym_stays_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ303");

    [TestMethod]
    public void Acronym_allowed_by_the_profile_stays_quiet()
    {
        var profile = Compile("""{ "allowedAcronyms": ["FOS"] }""", "ombudsman");
        Assert.AreEqual(0, FindingsUnder("Your FOS case is open.", "ETQ303", profile).Count);
    }

    [TestMethod]
    public void Acronym_of_a_pack_the_profile_leaves_out_is_unexplained()
    {
        var itOnly = Compile("""{ "jargonPacks": ["it"] }""", "it-only");
        CollectionAssert.AreEqual(new[] { "APN" }, Covered("Your APN is set.", "ETQ303", itOnly));
    }

    // ETQ304 long sentence / wall of text

    [TestMethod]
    public void Long_sentence_fires_over_the_default_limit()
    {
        var sentence = Sentence(36);
        var text = $"Hi 👋🏽 Sam,\r\n{sentence} Thanks.";
        var found = AssertFires(text, "ETQ304", sentence);
        Assert.AreEqual("A 36-word sentence (limit 35) is hard to read in a chat window; split it into shorter ones", found[0].Message);
        AssertQuiet($"Hi Sam,\r\n{Sentence(35)} Thanks.", "ETQ304");
    }

    [TestMethod]
    public void Long_sentence_limit_comes_from_the_profile()
    {
        var formal = Sentence(31);
        CollectionAssert.AreEqual(new[] { formal }, Covered(formal, "ETQ304", Linter.ResolveProfile("formal")));
        AssertQuiet(formal, "ETQ304");

        var tight = Compile("""{ "limits": { "maxSentenceWords": 10, "maxDraftWords": 40 } }""", "tight");
        CollectionAssert.AreEqual(new[] { Sentence(11) }, Covered(Sentence(11), "ETQ304", tight));
        Assert.AreEqual(0, FindingsUnder(Sentence(10), "ETQ304", tight).Count);
    }

    [TestMethod]
    public void Wall_of_text_spans_the_whole_draft()
    {
        var text = "  " + Paragraph(16) + "\r\n";
        var found = AssertFires(text, "ETQ304", text.Trim());
        Assert.AreEqual("A 160-word reply with no paragraph breaks (limit 150 words) is hard to read in a chat window; break it into short paragraphs",
            found[0].Message);
    }

    [TestMethod]
    [DataRow(7, " ")]
    [DataRow(8, "\r\n\r\n")]
    [DataRow(8, "\n")]
    public void Wall_of_text_stays_quiet_when_short_or_broken_into_paragraphs(int sentencesPerPart, string separator) =>
        AssertQuiet(Paragraph(sentencesPerPart) + separator + Paragraph(sentencesPerPart), "ETQ304");

    [TestMethod]
    public void Wall_of_text_limit_comes_from_the_profile()
    {
        var tight = Compile("""{ "limits": { "maxSentenceWords": 10, "maxDraftWords": 20 } }""", "tight");
        var text = Paragraph(3);
        CollectionAssert.AreEqual(new[] { text }, Covered(text, "ETQ304", tight));
        Assert.AreEqual(0, FindingsUnder(Paragraph(2), "ETQ304", tight).Count);
    }

    // The jargon lexicon

    [TestMethod]
    public void Every_jargon_pack_has_many_terms_each_with_a_plain_alternative()
    {
        var entries = EtiquetteRules.RuleSet.Lexicons[LexiconNames.Jargon];
        CollectionAssert.AreEquivalent(JargonPacks, EtiquetteRules.RuleSet.PacksOf(LexiconNames.Jargon).ToArray());
        foreach (var pack in JargonPacks)
        {
            var terms = entries.Where(e => e.Pack == pack).ToList();
            Assert.IsTrue(terms.Count >= 25, $"[{pack}] has only {terms.Count} terms");
            foreach (var term in terms)
                Assert.IsFalse(string.IsNullOrWhiteSpace(term.Replacement), $"[{pack}] '{term.Pattern}' has no plain alternative");
        }

        CollectionAssert.AreEquivalent(JargonPacks, Linter.Profiles.Default.JargonPacks.ToArray());
    }

    [TestMethod]
    public void Jargon_patterns_are_listed_once()
    {
        var duplicates = EtiquetteRules.RuleSet.Lexicons[LexiconNames.Jargon]
            .GroupBy(e => e.Pattern, LexiconComparer.Instance)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.AreEqual(0, duplicates.Count, $"listed more than once: {string.Join(", ", duplicates)}");
    }

    [TestMethod]
    public void Known_acronyms_are_not_jargon()
    {
        var jargon = new Lexicon(EtiquetteRules.RuleSet.Lexicons[LexiconNames.Jargon]);
        var both = EtiquetteRules.RuleSet.Lexicons[LexiconNames.Acronyms].Where(a => jargon.ContainsWord(a.Pattern)).Select(a => a.Pattern).ToList();
        Assert.AreEqual(0, both.Count, $"both known and jargon: {string.Join(", ", both)}");
    }

    private static Profile Compile(string json, string source) => Linter.Profiles.Compile(json, source);

    private static IReadOnlyList<Diagnostic> FindingsUnder(string text, string id, Profile profile) =>
        Linter.Lint(new LintRequest(text), profile).Diagnostics.Where(d => d.Id == id).ToList();

    private static string[] Covered(string text, string id, Profile profile) =>
        FindingsUnder(text, id, profile).Select(d => text.Substring(d.Span.Start, d.Span.Length)).ToArray();

    private static readonly string[] Filler = ["we", "have", "checked", "the", "order", "and", "it", "will", "arrive", "soon"];

    /// <summary>A plain sentence of exactly <paramref name="words"/> words.</summary>
    private static string Sentence(int words) =>
        Casing.Capitalise(string.Join(' ', Enumerable.Range(0, words).Select(i => Filler[i % Filler.Length]))) + ".";

    /// <summary>Ten-word sentences on one line.</summary>
    private static string Paragraph(int sentences) => string.Join(' ', Enumerable.Repeat(Sentence(10), sentences));
}
