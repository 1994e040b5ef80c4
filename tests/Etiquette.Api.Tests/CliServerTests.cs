using Etiquette.Rules;
using Etiquette.Cli;
using Etiquette.Client;

namespace Etiquette.Api.Tests;

/// <summary><c>etiquette lint|fix --server URL</c>: the CLI as a client of the service, printing what it prints in-process.</summary>
[TestClass]
public sealed class CliServerTests
{
    private const string Server = "http://etiquette.test:5080";
    private static ApiFactory _factory = null!;

    [ClassInitialize]
    public static void Start(TestContext _) => _factory = new ApiFactory(Http.KeySettings());

    [ClassCleanup]
    public static void Stop() => _factory.Dispose();

    [TestMethod]
    public void Lint_with_server_prints_what_lint_in_process_prints()
    {
        const string draft = "Thx for waiting!! ur refund is done 😀";
        var remote = Run(["lint", draft, "--server", Server, "--api-key", Http.AgentKey]);
        var local = Run(["lint", draft]);

        Assert.AreEqual(ExitCodes.Clean, remote.ExitCode, remote.Error);
        Assert.AreEqual(local.Out, remote.Out);
        StringAssert.Contains(remote.Out, "1:19 warning ETQ202 'ur' is textspeak; write 'your'");
        Assert.AreEqual(Server + "/", _lastAddress?.ToString());
    }

    [TestMethod]
    public void Lint_with_server_reads_the_key_from_the_environment_and_exits_1_on_errors()
    {
        var outcome = Run(["lint", "Pls hold on", "--profile", "formal", "--format", "json", "--server", Server], new() { ["ETIQUETTE_API_KEY"] = Http.AgentKey });
        Assert.AreEqual(ExitCodes.ErrorsFound, outcome.ExitCode, outcome.Error);
        StringAssert.Contains(outcome.Out, "\"severity\": \"error\"");
    }

    [TestMethod]
    public void Fix_with_server_prints_the_mended_draft()
    {
        var outcome = Run(["fix", "Thx, ur order has shipped!!", "--only", "ETQ205", "--server", Server, "--api-key", Http.AgentKey]);
        Assert.AreEqual(ExitCodes.Clean, outcome.ExitCode, outcome.Error);
        Assert.AreEqual("Thx, ur order has shipped!\n", outcome.Out);
    }

    [TestMethod]
    [DataRow("lint|hi|--server|http://etiquette.test:5080", "401", DisplayName = "no key")]
    [DataRow("lint|hi|--server|http://etiquette.test:5080|--api-key|agent-key-for-tests|--profile|loud", "profile", DisplayName = "unknown profile")]
    [DataRow("lint|hi|--server|ftp://etiquette.test", "not an http", DisplayName = "not http")]
    [DataRow("lint|hi|--server|http://etiquette.test:5080|--format|sarif", "sarif", DisplayName = "sarif")]
    public void Server_refusals_are_bad_usage_with_the_service_s_words(string args, string reason)
    {
        var outcome = Run(args.Split('|'));
        Assert.AreEqual(ExitCodes.BadUsage, outcome.ExitCode, outcome.Out);
        StringAssert.StartsWith(outcome.Error, "etiquette: ");
        StringAssert.Contains(outcome.Error, reason);
    }

    private static Uri? _lastAddress;

    private static (int ExitCode, string Out, string Error) Run(string[] args, Dictionary<string, string>? environment = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var terminal = new Terminal(false, false, environment ?? []);
        // The service under test has no model, so the in-process side runs on the rules alone too.
        var exitCode = CliApp.Run(args, new StringReader(""), output, error, terminal, EtiquetteRules.CreateLinter(), options =>
        {
            _lastAddress = options.BaseAddress;
            options.BaseAddress = new Uri("http://localhost/");
            return new EtiquetteClient(new HttpClient(_factory.Server.CreateHandler()), options);
        });
        return (exitCode, output.ToString(), error.ToString());
    }
}
