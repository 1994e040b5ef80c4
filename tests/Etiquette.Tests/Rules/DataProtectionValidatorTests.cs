using Etiquette.Rules.DataProtection;

namespace Etiquette.Tests.Rules;

/// <summary>The checks behind ETQ401–ETQ405, tested on their own so that a rule's near-misses can be traced to one of them.</summary>
[TestClass]
public sealed class DataProtectionValidatorTests
{
    [TestMethod]
    [DataRow("4111111111111111", true)]
    [DataRow("79927398713", true)]
    [DataRow("0", true)]
    [DataRow("4111111111111112", false)]
    [DataRow("79927398710", false)]
    [DataRow("4111 1111", false)]
    [DataRow("", false)]
    public void Luhn_checks_the_last_digit(string digits, bool valid) => Assert.AreEqual(valid, PaymentCards.PassesLuhn(digits));

    [TestMethod]
    [DataRow("4111111111111", "Visa")]
    [DataRow("4111111111111111", "Visa")]
    [DataRow("4111111111111111111", "Visa")]
    [DataRow("5100000000000000", "Mastercard")]
    [DataRow("5599999999999999", "Mastercard")]
    [DataRow("2221000000000000", "Mastercard")]
    [DataRow("2720999999999999", "Mastercard")]
    [DataRow("340000000000000", "American Express")]
    [DataRow("370000000000000", "American Express")]
    [DataRow("6011000000000000", "Discover")]
    [DataRow("6440000000000000", "Discover")]
    [DataRow("6490000000000000", "Discover")]
    [DataRow("6500000000000000", "Discover")]
    [DataRow("3528000000000000", "JCB")]
    [DataRow("3589000000000000", "JCB")]
    [DataRow("30000000000000", "Diners Club")]
    [DataRow("30500000000000", "Diners Club")]
    [DataRow("36000000000000", "Diners Club")]
    [DataRow("38000000000000", "Diners Club")]
    [DataRow("5000000000000", "Maestro")]
    [DataRow("5600000000000000", "Maestro")]
    [DataRow("6900000000000000000", "Maestro")]
    [DataRow("6200000000000000", "UnionPay")]
    public void Issuer_ranges_name_the_scheme(string digits, string issuer) => Assert.AreEqual(issuer, PaymentCards.IssuerOf(digits));

    [TestMethod]
    [DataRow("3400000000000000")]
    [DataRow("41111111111111")]
    [DataRow("510000000000000")]
    [DataRow("2220999999999999")]
    [DataRow("2721000000000000")]
    [DataRow("3060000000000000")]
    [DataRow("3527000000000000")]
    [DataRow("1234567812345670")]
    [DataRow("9400000000000007")]
    [DataRow("411111111111")]
    [DataRow("41111111111111111111")]
    public void Numbers_outside_issuer_ranges_or_lengths_have_no_issuer(string digits) => Assert.IsNull(PaymentCards.IssuerOf(digits));

    [TestMethod]
    [DataRow("GB82WEST12345698765432")]
    [DataRow("gb82west12345698765432")]
    [DataRow("DE89370400440532013000")]
    [DataRow("BE68539007547034")]
    [DataRow("NO9386011117947")]
    [DataRow("FR1420041010050500013M02606")]
    public void Valid_ibans_pass(string iban) => Assert.IsTrue(Iban.IsValid(iban));

    [TestMethod]
    [DataRow("GB82WEST12345698765433")]
    [DataRow("GB28WEST12345698765432")]
    [DataRow("GB82WEST1234569876543")]
    [DataRow("GB82WEST123456987654321")]
    [DataRow("XX82WEST12345698765432")]
    [DataRow("GBX2WEST12345698765432")]
    [DataRow("GB82WEST1234569876543!")]
    [DataRow("GB8")]
    public void Invalid_ibans_fail(string iban) => Assert.IsFalse(Iban.IsValid(iban));

    [TestMethod]
    [DataRow("GB", 22)]
    [DataRow("de", 22)]
    [DataRow("NO", 15)]
    [DataRow("LC", 32)]
    [DataRow("RU", 33)]
    [DataRow("US", 0)]
    [DataRow("G", 0)]
    public void Iban_lengths_follow_the_registry(string country, int length) => Assert.AreEqual(length, Iban.LengthFor(country));

    [TestMethod]
    [DataRow("AB123456C", true)]
    [DataRow("ce123456d", true)]
    [DataRow("QQ123456C", false)]
    [DataRow("DA123456C", false)]
    [DataRow("AO123456C", false)]
    [DataRow("AV123456C", false)]
    [DataRow("BG123456C", false)]
    [DataRow("GB123456C", false)]
    [DataRow("NK123456C", false)]
    [DataRow("KN123456C", false)]
    [DataRow("TN123456C", false)]
    [DataRow("NT123456C", false)]
    [DataRow("ZZ123456C", false)]
    [DataRow("AB123456E", false)]
    [DataRow("AB12345XC", false)]
    [DataRow("AB12345C", false)]
    public void National_insurance_prefix_and_suffix_rules(string number, bool valid) =>
        Assert.AreEqual(valid, NationalIdentifiers.IsNationalInsuranceNumber(number));

    [TestMethod]
    [DataRow("536904399", true)]
    [DataRow("899012345", true)]
    [DataRow("000123456", false)]
    [DataRow("666123456", false)]
    [DataRow("900123456", false)]
    [DataRow("999123456", false)]
    [DataRow("536004399", false)]
    [DataRow("536900000", false)]
    [DataRow("53690439", false)]
    [DataRow("53690439X", false)]
    public void Social_security_area_group_and_serial_rules(string number, bool valid) =>
        Assert.AreEqual(valid, NationalIdentifiers.IsSocialSecurityNumber(number));

    [TestMethod]
    [DataRow("07700 900123", true)]
    [DataRow("01632 960123", true)]
    [DataRow("020 7946 0958", true)]
    [DataRow("+44 7700 900123", true)]
    [DataRow("+44 (0)20 7946 0958", true)]
    [DataRow("(555) 123-4567", true)]
    [DataRow("555.123.4567", true)]
    [DataRow("+1 555 123 4567", true)]
    [DataRow("+33 6 12 34 56 78", true)]
    [DataRow("0044 7700 900123", true)]
    [DataRow("1-555-123-4567", true)]
    [DataRow("+1 (555) 123-4567", true)]
    [DataRow("0800 123 4567", false)]
    [DataRow("0808 157 0192", false)]
    [DataRow("0345 600 1234", false)]
    [DataRow("0845 123 4567", false)]
    [DataRow("0870 123 4567", false)]
    [DataRow("+44 800 123 4567", false)]
    [DataRow("(800) 555-0199", false)]
    [DataRow("1-800-555-0199", false)]
    [DataRow("0044 800 123 4567", false)]
    [DataRow("1 5551234567", false)]
    [DataRow("00004587345", false)]
    [DataRow("+0 7700 900123", false)]
    [DataRow("+1 888 555 0199", false)]
    [DataRow("5551234567", false)]
    [DataRow("555-123-456", false)]
    [DataRow("123-456-7890", false)]
    [DataRow("0770 090012", false)]
    [DataRow("+33 1234", false)]
    [DataRow("+1234567890123456", false)]
    public void Phone_numbers_are_personal_unless_they_are_business_lines(string written, bool personal) =>
        Assert.AreEqual(personal, PhoneNumbers.IsPersonal(written));

    [TestMethod]
    [DataRow("4111 1111 1111 1111", 0, 0, "**** **** **** 1111")]
    [DataRow("12-34-56", 0, 0, "**-34-56")]
    [DataRow("abc", 0, 0, "abc")]
    [DataRow("sk_live_abcdefgh", 8, 0, "sk_live_****efgh")]
    [DataRow("BEGIN:abcdefgh:END", 6, 4, "BEGIN:****efgh:END")]
    public void Masks_keep_separators_and_the_last_four(string text, int prefix, int suffix, string expected) =>
        Assert.AreEqual(expected, Masking.MaskAllButLastFour(text, prefix, suffix));

    [TestMethod]
    [DataRow("jane.doe@example.com", "j***@example.com")]
    [DataRow("j@example.co.uk", "j***@example.co.uk")]
    public void Email_masks_keep_the_first_letter_and_the_domain(string address, string expected) =>
        Assert.AreEqual(expected, Masking.MaskEmail(address));
}
