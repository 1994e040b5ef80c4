using System.Data.Common;
using Etiquette.Api.Options;
using Etiquette.Core.Serialization;
using Polly;
using Polly.Retry;

namespace Etiquette.Api.Storage;

/// <summary>What is written for one piece of feedback; the draft text arrives here already masked.</summary>
public sealed record FeedbackEntry(
    DateTimeOffset ReceivedAt, string RuleId, int SpanStart, int SpanLength, string Action, string? Comment, string? Text, string? Profile, string? Client);

/// <summary>
/// Feedback in a SQL database. Every call runs through a retry pipeline: a transient failure (SQLite busy, a dropped
/// PostgreSQL connection) is tried again after an exponential, jittered back-off.
/// </summary>
public sealed class FeedbackStore
{
    private const string Columns = "id, received_at, rule_id, span_start, span_length, action, comment, text, profile, client";

    private readonly FeedbackDatabase _database;
    private readonly ResiliencePipeline _retry;

    public FeedbackStore(FeedbackDatabase database, StorageOptions options, TimeProvider time)
    {
        _database = database;
        _retry = options.MaxRetries == 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(database.IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
    }

    public string Provider => _database.Provider;

    /// <summary>Creates the schema, or brings it up to date: each migration not yet recorded runs in its own transaction.</summary>
    public async Task MigrateAsync(CancellationToken cancellation)
    {
        await _database.PrepareAsync(cancellation);
        await RunAsync(async (connection, token) =>
        {
            await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)", token);
            await using var read = Command(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(token));
            for (var version = current + 1; version <= _database.Migrations.Count; version++)
            {
                await using var transaction = await connection.BeginTransactionAsync(token);
                await ExecuteAsync(connection, transaction, _database.Migrations[version - 1], token);
                await ExecuteAsync(connection, transaction, $"INSERT INTO schema_migrations (version) VALUES ({version})", token);
                await transaction.CommitAsync(token);
            }

            return _database.Migrations.Count;
        }, cancellation);
    }

    public Task<long> AddAsync(FeedbackEntry entry, CancellationToken cancellation) =>
        RunAsync(async (connection, token) =>
        {
            await using var command = Command(connection, null,
                "INSERT INTO feedback (received_at, rule_id, span_start, span_length, action, comment, text, profile, client) " +
                "VALUES (@received_at, @rule_id, @span_start, @span_length, @action, @comment, @text, @profile, @client) RETURNING id");
            Add(command, "received_at", entry.ReceivedAt.ToUniversalTime());
            Add(command, "rule_id", entry.RuleId);
            Add(command, "span_start", entry.SpanStart);
            Add(command, "span_length", entry.SpanLength);
            Add(command, "action", entry.Action);
            Add(command, "comment", entry.Comment);
            Add(command, "text", entry.Text);
            Add(command, "profile", entry.Profile);
            Add(command, "client", entry.Client);
            return Convert.ToInt64(await command.ExecuteScalarAsync(token));
        }, cancellation);

    /// <summary>The newest feedback first, optionally for one rule only.</summary>
    public Task<IReadOnlyList<FeedbackModel>> ListAsync(string? ruleId, int limit, CancellationToken cancellation) =>
        RunAsync<IReadOnlyList<FeedbackModel>>(async (connection, token) =>
        {
            var where = ruleId is null ? "" : "WHERE rule_id = @rule_id ";
            await using var command = Command(connection, null, $"SELECT {Columns} FROM feedback {where}ORDER BY id DESC LIMIT @limit");
            if (ruleId is not null) Add(command, "rule_id", ruleId);
            Add(command, "limit", limit);
            var items = new List<FeedbackModel>();
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                items.Add(new FeedbackModel(
                    reader.GetInt64(0),
                    reader.GetFieldValue<DateTimeOffset>(1),
                    reader.GetString(2),
                    new SpanModel(reader.GetInt32(3), reader.GetInt32(4)),
                    reader.GetString(5),
                    NullableString(reader, 6),
                    NullableString(reader, 7),
                    NullableString(reader, 8),
                    NullableString(reader, 9)));
            }

            return items;
        }, cancellation);

    /// <summary>A round trip to the database, for <c>/health/ready</c>.</summary>
    public Task PingAsync(CancellationToken cancellation) =>
        RunAsync(async (connection, token) =>
        {
            await using var command = Command(connection, null, "SELECT 1");
            return await command.ExecuteScalarAsync(token);
        }, cancellation);

    private Task<T> RunAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellation) =>
        _retry.ExecuteAsync(static async (state, token) =>
        {
            await using var connection = state.database.CreateConnection();
            await connection.OpenAsync(token);
            return await state.work(connection, token);
        }, (work, database: _database), cancellation).AsTask();

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellation)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
