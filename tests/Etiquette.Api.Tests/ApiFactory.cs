using System.Collections.Concurrent;
using Etiquette.Api.Classification;
using Etiquette.Core.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Etiquette.Api.Tests;

/// <summary>
/// The service in memory, with settings of the test's choosing, its SQLite store in a folder of its own (kept when a
/// test hands one in, to start the service again over the same file), and every log message captured.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _ownsFolder;

    public ApiFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? dataFolder = null)
    {
        _ownsFolder = dataFolder is null;
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "etiquette-api-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        _settings = new Dictionary<string, string?>
        {
            ["Etiquette:ModelPath"] = Path.Combine(DataFolder, "no-model.zip"),
            ["Etiquette:Storage:ConnectionString"] = $"Data Source={Path.Combine(DataFolder, "etiquette.db")}",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
        _services = services;
    }

    public string DataFolder { get; }

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new CapturingLoggerProvider(Logs));
        });
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsFolder || !Directory.Exists(DataFolder)) return;
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);
    }

    /// <summary>A service with the test's own model loader and linter, where given.</summary>
    public static ApiFactory With(IDictionary<string, string?>? settings = null, IModelLoader? loader = null, Linter? linter = null) =>
        new(settings, services =>
        {
            if (loader is not null) services.AddSingleton(loader);
            if (linter is not null) services.AddSingleton(linter);
        });

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
