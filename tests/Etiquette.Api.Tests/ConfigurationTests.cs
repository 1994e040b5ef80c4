using Etiquette.Api.Options;
using Microsoft.Extensions.Configuration;

namespace Etiquette.Api.Tests;

/// <summary>Settings are checked at start (ValidateOnStart), so a typo stops the service with the setting's name.</summary>
[TestClass]
public sealed class ConfigurationTests
{
    [TestMethod]
    public void The_embedded_defaults_are_valid()
    {
        var defaults = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        Assert.IsTrue(Validate(defaults).Succeeded);
    }

    [TestMethod]
    [DataRow("ApiKeys:0:Role", "boss", "Role")]
    [DataRow("ApiKeys:0:Sha256", "not-a-hash", "Sha256")]
    [DataRow("ApiKeys:0:Name", "", "Name")]
    [DataRow("Classifier:Timeout", "00:05:00", "Timeout")]
    [DataRow("Classifier:FailureRatio", "2", "FailureRatio")]
    [DataRow("Limits:MaxBatchDrafts", "0", "MaxBatchDrafts")]
    [DataRow("RateLimit:PermitLimit", "0", "PermitLimit")]
    public void A_bad_setting_is_refused_by_name(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Etiquette:ApiKeys:0:Name"] = "someone",
            ["Etiquette:ApiKeys:0:Role"] = "agent",
            ["Etiquette:ApiKeys:0:Sha256"] = new string('a', 64),
            ["Etiquette:" + key] = value,
        }).Build();

        var result = Validate(configuration);
        Assert.IsTrue(result.Failed);
        StringAssert.Contains(result.FailureMessage, named);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(IConfiguration configuration)
    {
        var options = new EtiquetteOptions();
        configuration.GetSection(EtiquetteOptions.Section).Bind(options);
        return new EtiquetteOptionsValidator().Validate(null, options);
    }
}
