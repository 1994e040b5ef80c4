using System.Text.Json;
using System.Text.RegularExpressions;
using Etiquette.Cli;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Serialization;
using Etiquette.Rules;
using static Etiquette.Tests.Cli.CliRunner;

namespace Etiquette.Tests.Cli;

[TestClass]
public sealed class RulesCommandTests
{
    [TestMethod]
    public void Text_lists_every_rule_with_severity_category_and_title()
    {
        var outcome = Run("rules");

        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.ToString());
        var descriptors = EtiquetteRules.RuleSet.Descriptors;
        Assert.AreEqual(descriptors.Count, outcome.OutLines.Length, outcome.Out);
        for (var i = 0; i < descriptors.Count; i++)
        {
            var words = Regex.Split(outcome.OutLines[i], " {2,}");
            var d = descriptors[i];
            CollectionAssert.AreEqual(new[] { d.Id, d.DefaultSeverity.ToName(), d.Category, d.Title }, words, outcome.OutLines[i]);
        }
    }

    [TestMethod]
    public void Json_is_the_rule_models_of_the_whole_catalog()
    {
        var outcome = Run("rules", "--format", "json");

        var printed = JsonSerializer.Deserialize<IReadOnlyList<RuleModel>>(outcome.Out, EtiquetteJson.Options)!;
        CollectionAssert.AreEqual(EtiquetteRules.RuleSet.Descriptors.Select(RuleModel.From).ToArray(), printed.ToArray());
    }
}
