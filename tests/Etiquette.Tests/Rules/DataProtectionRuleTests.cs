using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Rules.Analyzers;
using static Etiquette.Tests.LintHarness;

namespace Etiquette.Tests.Rules;

[TestClass]
public sealed class DataProtectionRuleTests
{
    private static readonly string[] DataRules = ["ETQ401", "ETQ402", "ETQ403", "ETQ404", "ETQ405", "ETQ406"];

    [TestMethod]
    public void Every_data_protection_rule_is_an_error_by_default()
    {
        foreach (var id in DataRules)
        {
            Assert.IsTrue(LintHarness.Linter.Rules.TryGetDescriptor(id, out var descriptor), $"{id} is not registered");
            Assert.AreEqual(DiagnosticSeverity.Error, descriptor.DefaultSeverity, id);
            Assert.AreEqual(Categories.DataProtection, descriptor.Category, id);
        }
    }

    // ETQ401 payment card numbers

    [TestMethod]
    [DataRow("Your card 4111 1111 1111 1111 is on file.", "4111 1111 1111 1111", "Visa")]
    [DataRow("Card: 5555-5555-5555-4444.", "5555-5555-5555-4444", "Mastercard")]
    [DataRow("I see 2221000000000009 on the account", "2221000000000009", "Mastercard")]
    [DataRow("Amex 3782 822463 10005 was charged", "3782 822463 10005", "American Express")]
    [DataRow("Discover 6011111111111117 declined", "6011111111111117", "Discover")]
    [DataRow("JCB 3530 1113 3330 0000 works", "3530 1113 3330 0000", "JCB")]
    [DataRow("Diners 3056 930902 5904 works", "3056 930902 5904", "Diners Club")]
    [DataRow("Maestro 6759 6498 2643 8453 works", "6759 6498 2643 8453", "Maestro")]
    [DataRow("UnionPay 6200 0000 0000 0005 works", "6200 0000 0000 0005", "UnionPay")]
    [DataRow("Old Visa 4222222222222 too", "4222222222222", "Visa")]
    public void Card_numbers_fire_with_their_issuer(string text, string span, string issuer)
    {
        var found = AssertFires(text, "ETQ401", span);
        StringAssert.Contains(found[0].Message, issuer);
        Assert.AreEqual(DiagnosticSeverity.Error, found[0].Severity);
    }

    [TestMethod]
    [DataRow("Card 4111 1111 1111 1112 was declined.")]
    [DataRow("Your order 1234 5678 9012 3456 has shipped.")]
    [DataRow("Tracking number 1234567812345670 is live.")]
    [DataRow("Reference 9400000000000007 is yours.")]
    [DataRow("Amex-looking 3400000000000000 has sixteen digits.")]
    [DataRow("See https://shop.example.com/orders/4111111111111111 for details.")]
    [DataRow("Voucher CODE4111111111111111 applied.")]
    [DataRow("Voucher 4111111111111111XY applied.")]
    [DataRow("Price 4111111111111111.50 is wrong.")]
    public void Card_numbers_stay_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ401");

    [TestMethod]
    [DataRow("Card 4111 1111 1111 1111 ok", "Card **** **** **** 1111 ok")]
    [DataRow("Card 4111-1111-1111-1111.", "Card ****-****-****-1111.")]
    [DataRow("Card 378282246310005 ok", "Card ***********0005 ok")]
    public void Card_fix_masks_all_but_the_last_four_digits(string text, string expected) =>
        Assert.AreEqual(expected, ApplyFix(text, "ETQ401"));

    [TestMethod]
    public void Card_followed_by_its_expiry_date_is_cut_at_the_card() =>
        AssertFires("It was 4111 1111 1111 1111 12/27 on file", "ETQ401", "4111 1111 1111 1111");

    [TestMethod]
    public void A_card_after_another_number_group_is_still_found() =>
        AssertFires("Ref 1111 4111 1111 1111 1111 noted", "ETQ401", "4111 1111 1111 1111");

    // ETQ402 bank details

    [TestMethod]
    [DataRow("Pay into GB82 WEST 1234 5698 7654 32 today.", "GB82 WEST 1234 5698 7654 32")]
    [DataRow("IBAN: DE89370400440532013000", "DE89370400440532013000")]
    [DataRow("Use FR14 2004 1010 0505 0001 3M02 606 please", "FR14 2004 1010 0505 0001 3M02 606")]
    [DataRow("Use NL91 ABNA 0417 1643 00 THEN call", "NL91 ABNA 0417 1643 00")]
    [DataRow("Use ES91 2100 0418 4502 0005 1332 THEN call", "ES91 2100 0418 4502 0005 1332")]
    [DataRow("Lower case gb82 west 1234 5698 7654 32 too", "gb82 west 1234 5698 7654 32")]
    public void Ibans_fire(string text, string span)
    {
        var found = AssertFires(text, "ETQ402", span);
        StringAssert.Contains(found[0].Message, "IBAN");
    }

    [TestMethod]
    [DataRow("Pay into GB82 WEST 1234 5698 7654 33 today.")]
    [DataRow("IBAN: DE8937040044053201300")]
    [DataRow("Code XX82WEST12345698765432 is not a country.")]
    [DataRow("Glued IBANGB82WEST12345698765432 is a word.")]
    public void Ibans_stay_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ402");

    [TestMethod]
    public void Iban_fix_masks_all_but_the_last_four_characters() =>
        Assert.AreEqual("Pay **** **** **** **** **54 32 now", ApplyFix("Pay GB82 WEST 1234 5698 7654 32 now", "ETQ402"));

    [TestMethod]
    [DataRow("Your sort code is 12-34-56.", "12-34-56")]
    [DataRow("Sort code 12 34 56 is right.", "12 34 56")]
    [DataRow("The sortcode: 123456", "123456")]
    public void Sort_codes_fire_beside_the_words_sort_code(string text, string span) => AssertFires(text, "ETQ402", span);

    [TestMethod]
    public void Sort_code_and_account_number_are_both_reported()
    {
        var found = AssertFires("Please pay 20-32-06 and account 43218765 by Friday.", "ETQ402", "20-32-06", "43218765");
        StringAssert.Contains(found[0].Message, "sort code");
        StringAssert.Contains(found[1].Message, "account number");
    }

    [TestMethod]
    public void Account_number_context_reaches_across_sentences() =>
        AssertFires("The sort code is 20-32-06.\nThe account is 43218765.", "ETQ402", "20-32-06", "43218765");

    [TestMethod]
    [DataRow("Your parcel left on 12-03-24.")]
    [DataRow("We spoke on 12 03 24 about it.")]
    [DataRow("Your order 12345678 was placed on 12-03-24.")]
    [DataRow("Order number: 12345678, dispatched 12-03-24.")]
    [DataRow("Your account 43218765 is active.")]
    [DataRow("The code of conduct changed on 12-03-24.")]
    [DataRow("See (https://forum.example.com/forums/601180-bugs/ideas/39846805-fix) please.")]
    [DataRow("Call 07700 900123 about sort codes, account 43218765 is fine.")]
    public void Dates_and_references_are_not_sort_codes(string text) => AssertQuiet(text, "ETQ402");

    [TestMethod]
    public void Sort_code_fix_masks_all_but_the_last_four_digits() =>
        Assert.AreEqual("Sort code **-34-56 is right.", ApplyFix("Sort code 12-34-56 is right.", "ETQ402"));

    // ETQ403 national identifiers

    [TestMethod]
    [DataRow("Your NI number is AB 12 34 56 C.", "AB 12 34 56 C", "National Insurance")]
    [DataRow("NI: AB123456C", "AB123456C", "National Insurance")]
    [DataRow("NI: ce 123456 a", "ce 123456 a", "National Insurance")]
    [DataRow("SSN on file: 536-90-4399.", "536-90-4399", "Social Security")]
    [DataRow("Your SSN is 536904399.", "536904399", "Social Security")]
    [DataRow("Your social security number 536904399 is verified.", "536904399", "Social Security")]
    public void National_identifiers_fire(string text, string span, string kind)
    {
        var found = AssertFires(text, "ETQ403", span);
        StringAssert.Contains(found[0].Message, kind);
    }

    [TestMethod]
    [DataRow("Example QQ 12 34 56 C is a specimen.")]
    [DataRow("Prefix GB 12 34 56 A is never issued.")]
    [DataRow("Prefix AO 12 34 56 A is never issued.")]
    [DataRow("Suffix AB 12 34 56 E is never issued.")]
    [DataRow("Bad area 666-12-3456 here.")]
    [DataRow("Bad area 000-12-3456 here.")]
    [DataRow("Bad area 912-34-5678 here.")]
    [DataRow("Bad group 536-00-4399 here.")]
    [DataRow("Bad serial 536-90-0000 here.")]
    [DataRow("Your order 536904399 has shipped.")]
    [DataRow("Part 1536-90-4399 is in stock.")]
    public void National_identifiers_stay_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ403");

    [TestMethod]
    [DataRow("NI AB 12 34 56 C ok", "NI ** ** *4 56 C ok")]
    [DataRow("SSN 536-90-4399 ok", "SSN ***-**-4399 ok")]
    public void National_identifier_fix_masks_all_but_the_last_four(string text, string expected) =>
        Assert.AreEqual(expected, ApplyFix(text, "ETQ403"));

    // ETQ404 asking for a credential

    [TestMethod]
    [DataRow("Please send me your password.", "Please send me your password")]
    [DataRow("OK, send me your password.", "send me your password")]
    [DataRow("Can you confirm your PIN?", "Can you confirm your PIN")]
    [DataRow("Thanks, confirm your PIN please.", "confirm your PIN")]
    [DataRow("I need you to confirm your passcode.", "I need you to confirm your passcode")]
    [DataRow("What's the CVV on your card?", "What's the CVV")]
    [DataRow("What’s your memorable word?", "What’s your memorable word")]
    [DataRow("Please reply with the code we texted you.", "reply with the code we texted you")]
    [DataRow("I'll need your password to check.", "I'll need your password")]
    [DataRow("Could you tell me the 3 digits on the back of your card?", "Could you tell me the 3 digits on the back")]
    [DataRow("Can I have the one-time code, please?", "Can I have the one-time code")]
    [DataRow("Share your verification code here.", "Share your verification code")]
    [DataRow("Don't worry, just give me your security code.", "give me your security code")]
    [DataRow("Thanks. Please send me your OTP.", "Please send me your OTP")]
    public void Credential_requests_fire(string text, string span)
    {
        var found = AssertFires(text, "ETQ404", span);
        Assert.AreEqual(0, found[0].Fixes.Count, "a request cannot be mended by a click");
        StringAssert.Contains(found[0].Message, "secure page");
    }

    [TestMethod]
    [DataRow("Never share your password with anyone.")]
    [DataRow("We will never ask for your PIN.")]
    [DataRow("Don't tell anyone your security code.")]
    [DataRow("You can reset your password here.")]
    [DataRow("Enter the code on the website, not in this chat.")]
    [DataRow("We'll send you a one-time code by text.")]
    [DataRow("I can confirm your PIN has been reset.")]
    [DataRow("What's the best way to change your password?")]
    [DataRow("Can you confirm your password reset link arrived?")]
    [DataRow("Please confirm your order number.")]
    [DataRow("Send me a photo.\nYour password is safe with us.")]
    [DataRow("We'll send you a new PIN by post.")]
    [DataRow("I'll give you a new passcode once you are verified.")]
    [DataRow("Could you tell me about your PIN problem?")]
    [DataRow("Can you let me know if your password works now?")]
    [DataRow("You'll need your PIN at the checkout.")]
    [DataRow("I need to reset your password first.")]
    [DataRow("We will confirm your PIN by post.")]
    [DataRow("Can you give me more information about the PIN code reset?")]
    public void Credential_requests_stay_quiet_on_advice_and_instructions(string text) => AssertQuiet(text, "ETQ404");

    [TestMethod]
    public void One_request_for_two_credentials_is_reported_once() =>
        AssertFires("Send me your PIN and password.", "ETQ404", "Send me your PIN");

    [TestMethod]
    public void Credential_request_message_names_the_credential() =>
        StringAssert.Contains(AssertFires("What is your PIN?", "ETQ404", "What is your PIN")[0].Message, "'PIN'");

    [TestMethod]
    public void A_profile_extends_the_credential_and_mailbox_lexicons()
    {
        const string json = """
            { "name": "bank", "lexicons": {
                "credentials": { "add": ["mother's maiden name"] },
                "role-mailboxes": { "add": ["concierge"] } } }
            """;
        var bank = LintHarness.Linter.Profiles.Compile(json, "bank");
        const string text = "What is your mother's maiden name? Or write to concierge@example.com.";
        var found = LintHarness.Linter.Lint(new LintRequest(text), bank).Diagnostics.Where(d => DataRules.Contains(d.Id)).ToList();
        Assert.AreEqual("ETQ404 What is your mother's maiden name", string.Join(" | ", found.Select(d => $"{d.Id} {text.Substring(d.Span.Start, d.Span.Length)}")));
        AssertQuiet(text, "ETQ404");
        AssertFires(text, "ETQ405", "concierge@example.com");
    }

    // ETQ405 personal contact data

    [TestMethod]
    [DataRow("Write to jane.doe@example.com today.", "jane.doe@example.com")]
    [DataRow("Mobile 07700 900123 is on file.", "07700 900123")]
    [DataRow("Mobile 07700900123 is on file.", "07700900123")]
    [DataRow("Call +44 7700 900123 now.", "+44 7700 900123")]
    [DataRow("Call +44 (0)20 7946 0958 now.", "+44 (0)20 7946 0958")]
    [DataRow("Landline 020 7946 0958 is on file.", "020 7946 0958")]
    [DataRow("Call (555) 123-4567 today.", "(555) 123-4567")]
    [DataRow("Call +1 555 123 4567 today.", "+1 555 123 4567")]
    [DataRow("Call 555-123-4567 today.", "555-123-4567")]
    [DataRow("Call +33 6 12 34 56 78 today.", "+33 6 12 34 56 78")]
    [DataRow("Call 07700 900123 2 times.", "07700 900123")]
    [DataRow("Call +1 (555) 123-4567 today.", "+1 (555) 123-4567")]
    [DataRow("Call 1-555-123-4567 today.", "1-555-123-4567")]
    [DataRow("Phone: 0044 7700 900123", "0044 7700 900123")]
    [DataRow("📞07700 900123 anytime", "07700 900123")]
    public void Personal_contact_data_fires(string text, string span) => AssertFires(text, "ETQ405", span);

    [TestMethod]
    [DataRow("Email support@example.com or no-reply@example.com.")]
    [DataRow("Write to help.desk@example.com or billing@example.co.uk.")]
    [DataRow("Call free on 0800 123 4567 or 0345 600 1234.")]
    [DataRow("Our line 0845 123 4567 and 0870 123 4567 are open.")]
    [DataRow("Toll-free 1-800-555-0199 and (800) 555-0199 work.")]
    [DataRow("Your order 0123456789 shipped on 12-03-2024 at 10:30.")]
    [DataRow("Tracking no. 07700900123 is live.")]
    [DataRow("Order 123-456-7890 is ready.")]
    [DataRow("Can I see purchase 00004587345 status?")]
    [DataRow("See https://example.com/call/07700900123 for details.")]
    [DataRow("Report spoofs to abuse@example.com or reportphish@example.com.")]
    public void Contact_data_stays_quiet_on_business_details_and_references(string text) => AssertQuiet(text, "ETQ405");

    [TestMethod]
    [DataRow("Write to jane.doe@example.com today.", "Write to j***@example.com today.")]
    [DataRow("Mobile 07700 900123 ok", "Mobile ***** **0123 ok")]
    [DataRow("Call +44 7700 900123 ok", "Call +** **** **0123 ok")]
    [DataRow("Call (555) 123-4567 ok", "Call (***) ***-4567 ok")]
    public void Contact_data_fix_masks(string text, string expected) => Assert.AreEqual(expected, ApplyFix(text, "ETQ405"));

    [TestMethod]
    public void A_card_number_is_never_also_a_phone_number()
    {
        const string text = "Card 4111 1111 1111 1111 and 4111111111111111 noted";
        AssertFires(text, "ETQ401", "4111 1111 1111 1111", "4111111111111111");
        AssertQuiet(text, "ETQ405");
        AssertQuiet(text, "ETQ402");
    }

    [TestMethod]
    public void Suppressing_the_card_rule_does_not_turn_cards_into_other_findings()
    {
        var result = Lint("Card 4111111111111111 and sort code 12-34-56", suppress: "ETQ401");
        var covered = result.Diagnostics.Where(d => DataRules.Contains(d.Id)).Select(d => (d.Id, d.Span)).ToArray();
        CollectionAssert.AreEqual(new[] { ("ETQ402", new TextSpan(36, 8)) }, covered);
    }

    // ETQ406 secrets and API keys

    [TestMethod]
    [DataRow("Key sk_live_4eC39HqLyjWDarjtT1zdp7dc works", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "Stripe live key")]
    [DataRow("Key rk_live_51HabcdefGHIJKLmnopQRSTuv12 works", "rk_live_51HabcdefGHIJKLmnopQRSTuv12", "Stripe live key")]
    [DataRow("Use AKIAIOSFODNN7EXAMPLE for S3", "AKIAIOSFODNN7EXAMPLE", "AWS access key ID")]
    [DataRow("Token ghp_1234567890abcdefghijABCDEFGHIJ123456.", "ghp_1234567890abcdefghijABCDEFGHIJ123456", "GitHub token")]
    [DataRow("Token github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz done", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "GitHub token")]
    [DataRow("Slack xoxb-123456789012-1234567890123-AbCdEfGhIjKl now", "xoxb-123456789012-1234567890123-AbCdEfGhIjKl", "Slack token")]
    [DataRow("Maps AIzaSyA1234567890abcdefghijklmnopqrstuv ok", "AIzaSyA1234567890abcdefghijklmnopqrstuv", "Google API key")]
    [DataRow("JWT eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U here",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "JSON Web Token")]
    [DataRow("Header Authorization: Bearer abcDEF1234567890ghijKLMN.", "Bearer abcDEF1234567890ghijKLMN", "bearer token")]
    public void Secrets_fire_with_their_kind(string text, string span, string kind)
    {
        var found = AssertFires(text, "ETQ406", span);
        StringAssert.Contains(found[0].Message, kind);
    }

    [TestMethod]
    public void Private_key_blocks_fire_over_header_body_and_footer()
    {
        const string key = "-----BEGIN RSA PRIVATE KEY-----\r\nMIIEowIBAAKCAQEAx4Uv3T0zHqbE2aHk\r\nQ1x8n0Wm8Zr7KdTq2YpL\r\n-----END RSA PRIVATE KEY-----";
        var text = $"Here it is:\r\n{key}\r\nThanks";
        AssertFires(text, "ETQ406", key);
        Assert.AreEqual(
            "Here it is:\r\n-----BEGIN RSA PRIVATE KEY-----\r\n" + new string('*', 32) + "\r\n" + new string('*', 16) + "2YpL\r\n-----END RSA PRIVATE KEY-----\r\nThanks",
            ApplyFix(text, "ETQ406"));
    }

    [TestMethod]
    [DataRow("Use the test key sk_test_4eC39HqLyjWDarjtT1zdp7dc in the sandbox.")]
    [DataRow("Your sk_live key is in the dashboard.")]
    [DataRow("A key starting sk_live_ is secret.")]
    [DataRow("Please give this to the bearer of this letter.")]
    [DataRow("Bearer tokens must never be shared.")]
    [DataRow("Bearer internationalization_is_long_text here.")]
    [DataRow("The ASIAN market and AKIA are words.")]
    [DataRow("Public key pk_live_4eC39HqLyjWDarjtT1zdp7dc is fine.")]
    public void Secrets_stay_quiet_on_near_misses(string text) => AssertQuiet(text, "ETQ406");

    [TestMethod]
    [DataRow("Key sk_live_4eC39HqLyjWDarjtT1zdp7dc ok", "Key sk_live_********************p7dc ok")]
    [DataRow("Id AKIAIOSFODNN7EXAMPLE ok", "Id AKIA************MPLE ok")]
    [DataRow("Auth: Bearer abcDEF1234567890ghijKLMN", "Auth: Bearer ********************KLMN")]
    public void Secret_fix_keeps_the_prefix_and_the_last_four(string text, string expected) =>
        Assert.AreEqual(expected, ApplyFix(text, "ETQ406"));

    [TestMethod]
    public void A_bearer_jwt_is_one_finding() =>
        AssertFires("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N", "ETQ406",
            "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N");

    [TestMethod]
    public void A_key_used_as_a_mailbox_is_reported_once_as_a_secret()
    {
        const string text = "Mail sk_live_4eC39HqLyjWDarjtT1zdp7dc@example.com now";
        AssertFires(text, "ETQ406", "sk_live_4eC39HqLyjWDarjtT1zdp7dc");
        AssertQuiet(text, "ETQ405");
    }

    [TestMethod]
    public void Secrets_inside_links_still_fire() =>
        AssertFires("Open https://maps.example.com/?key=AIzaSyA1234567890abcdefghijklmnopqrstuv now", "ETQ406",
            "AIzaSyA1234567890abcdefghijklmnopqrstuv");

    // All rules together

    [TestMethod]
    public void Data_protection_findings_never_overlap()
    {
        const string text = "Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, sort code 12-34-56 account 43218765, "
                            + "NI AB 12 34 56 C, SSN 536-90-4399, mail jane@example.com, phone 07700 900123, "
                            + "key sk_live_4eC39HqLyjWDarjtT1zdp7dc. What's your PIN?";
        var found = Lint(text).Diagnostics.Where(d => DataRules.Contains(d.Id)).ToList();
        CollectionAssert.AreEqual(
            new[] { "ETQ401", "ETQ402", "ETQ402", "ETQ402", "ETQ403", "ETQ403", "ETQ405", "ETQ405", "ETQ406", "ETQ404" },
            found.Select(d => d.Id).ToArray());
        for (var i = 1; i < found.Count; i++)
            Assert.IsFalse(found[i - 1].Span.OverlapsWith(found[i].Span), $"{found[i - 1]} overlaps {found[i]}");
        var all = FixApplier.Apply(text, found);
        Assert.AreEqual(0, all.Skipped.Count);
        Assert.AreEqual(
            "Card **** **** **** 1111, IBAN **** **** **** **** **54 32, sort code **-34-56 account ****8765, "
            + "NI ** ** *4 56 C, SSN ***-**-4399, mail j***@example.com, phone ***** **0123, "
            + "key sk_live_********************p7dc. What's your PIN?",
            all.Text);
    }

    [TestMethod]
    public void Spans_stay_exact_after_emoji_and_crlf()
    {
        const string text = "Hi 👋🏽 Sam,\r\n🇬🇧 card 4111 1111 1111 1111\r\n😀 mail jane@example.com 👨‍👩‍👧 call 07700 900123\r\nWhat's your 🔑 PIN?";
        var card = AssertFires(text, "ETQ401", "4111 1111 1111 1111")[0];
        Assert.AreEqual(text.IndexOf("4111", StringComparison.Ordinal), card.Span.Start);
        AssertFires(text, "ETQ405", "jane@example.com", "07700 900123");
        AssertFires(text, "ETQ404", "What's your 🔑 PIN");
        Assert.AreEqual(text.Replace("4111 1111 1111 1111", "**** **** **** 1111", StringComparison.Ordinal), ApplyFix(text, "ETQ401"));
    }

    [TestMethod]
    public void Descriptors_are_declared_by_the_analyzers_that_report_them()
    {
        var declared = new DataProtectionAnalyzers.SensitiveData().SupportedDiagnostics
            .Concat(new DataProtectionAnalyzers.CredentialRequest().SupportedDiagnostics)
            .Select(d => d.Id).Order().ToArray();
        CollectionAssert.AreEqual(DataRules, declared);
    }
}
