using System.Text.Json;
using Etiquette.Cli;
using Etiquette.Core.Access;
using static Etiquette.Tests.Cli.CliRunner;

namespace Etiquette.Tests.Cli;

[TestClass]
public sealed class KeysCommandTests
{
    [TestMethod]
    public void Create_prints_a_new_key_and_the_configuration_entry_holding_its_hash()
    {
        var outcome = Run("keys", "create", "--role", "trainer", "--name", "qa-lead");

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        var key = Field(outcome, "key: ");
        StringAssert.StartsWith(key, ApiKeys.Prefix);
        Assert.AreEqual(ApiKeys.Prefix.Length + 43, key.Length, "256 bits, base64url without padding");
        var entry = JsonDocument.Parse(Field(outcome, "config: ")).RootElement;
        Assert.AreEqual("qa-lead", entry.GetProperty("Name").GetString());
        Assert.AreEqual("trainer", entry.GetProperty("Role").GetString());
        Assert.AreEqual(ApiKeys.Hash(key), entry.GetProperty("Sha256").GetString());
        Assert.IsFalse(Field(outcome, "config: ").Contains(key), "configuration never holds the key itself");
    }

    [TestMethod]
    public void Every_key_is_new_and_named_after_its_role_by_default()
    {
        var first = Run("keys", "create", "--role", "agent");
        var second = Run("keys", "create", "--role", "agent");

        Assert.AreNotEqual(Field(first, "key: "), Field(second, "key: "));
        var hash = ApiKeys.Hash(Field(first, "key: "));
        Assert.AreEqual($"agent-{hash[..8]}", JsonDocument.Parse(Field(first, "config: ")).RootElement.GetProperty("Name").GetString());
    }

    [TestMethod]
    [DataRow("keys create", "--role")]
    [DataRow("keys create --role boss", "'boss' not recognized")]
    public void A_missing_or_unknown_role_is_bad_usage(string args, string reason) =>
        AssertBadUsage(Run(args.Split(' ')), reason);

    private static string Field(Outcome outcome, string prefix) =>
        outcome.OutLines.Single(line => line.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..];
}
