using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Options;

/// <summary>The service's settings: section <c>Etiquette</c> of the configuration (<c>appsettings.json</c> holds the defaults).</summary>
public sealed class EtiquetteOptions
{
    public const string Section = "Etiquette";

    /// <summary>The classifier model archive; a relative path is taken from the content root.</summary>
    [Required]
    public string ModelPath { get; set; } = "models/etiquette-model.zip";

    /// <summary>A folder of extra JSON profiles (beside the built-in ones); none when empty.</summary>
    public string? ProfileDirectory { get; set; }

    [ValidateObjectMembers]
    public LimitOptions Limits { get; set; } = new();
    [ValidateObjectMembers]
    public ClassifierOptions Classifier { get; set; } = new();
    [ValidateObjectMembers]
    public StorageOptions Storage { get; set; } = new();
    [ValidateObjectMembers]
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Origins allowed to call the API from a browser, e.g. <c>chrome-extension://&lt;id&gt;</c>; none by default.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    /// <summary>API keys, as SHA-256 hashes with a role (<c>etiquette keys create</c> makes them).</summary>
    [ValidateEnumeratedItems]
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];
}

public sealed class LimitOptions
{
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    [Range(1, 1_000_000)]
    public int MaxTextLength { get; set; } = 20_000;

    [Range(1, 10_000)]
    public int MaxBatchDrafts { get; set; } = 100;

    [Range(1, 10_000)]
    public int MaxCommentLength { get; set; } = 2_000;
}

public sealed class ClassifierOptions
{
    /// <summary>How long one draft may take to classify before the service answers from the rules alone.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The share of failed or timed-out classifications, within <see cref="SamplingDuration"/>, that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    [Range(2, 10_000)]
    public int MinimumThroughput { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the classifier is left out once the circuit opens.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class StorageOptions
{
    /// <summary>Which database; when not set, the connection string says: one that names a <c>Host</c> is PostgreSQL, else SQLite.</summary>
    public StorageProvider? Provider { get; set; }

    /// <summary>
    /// SQLite: the database file (relative paths from the content root; its folder is created on start).
    /// PostgreSQL: an Npgsql connection string.
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/etiquette.db";

    /// <summary>The database to use: <see cref="Provider"/>, or the one the connection string is written for.</summary>
    public StorageProvider ResolvedProvider =>
        Provider ?? (new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString }.ContainsKey("Host")
            ? StorageProvider.PostgreSql
            : StorageProvider.Sqlite);

    /// <summary>Retries of a storage call that failed for a transient reason (SQLite busy, PostgreSQL transient errors).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(50);
}

public sealed class RateLimitOptions
{
    /// <summary>Requests to <c>/v1</c> that one API key (or one address, without a key) may make per <see cref="Window"/>.</summary>
    [Range(1, 1_000_000_000)]
    public int PermitLimit { get; set; } = 600;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

public sealed class ApiKeyOptions
{
    /// <summary>Who holds the key: appears in request logs and beside stored feedback, never the key itself.</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary><c>agent</c>, <c>trainer</c> or <c>admin</c>.</summary>
    [Required]
    [RegularExpression("^(agent|trainer|admin)$")]
    public string Role { get; set; } = "";

    /// <summary>The key's SHA-256 hash, hexadecimal.</summary>
    [Required]
    [RegularExpression("^[0-9a-fA-F]{64}$")]
    public string Sha256 { get; set; } = "";
}

/// <summary>Checks the settings at start, so a typo in configuration stops the service with a clear message.</summary>
[OptionsValidator]
public sealed partial class EtiquetteOptionsValidator : IValidateOptions<EtiquetteOptions>;
