using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Etiquette.Api.Storage;

/// <summary>The default store: one SQLite file in write-ahead-log mode, so reads do not wait for writes.</summary>
public sealed class SqliteFeedbackDatabase : FeedbackDatabase
{
    private const int Busy = 5;
    private const int Locked = 6;

    private readonly string _connectionString;

    /// <param name="connectionString">A relative <c>Data Source</c> is taken from <paramref name="baseDirectory"/>.</param>
    public SqliteFeedbackDatabase(string connectionString, string baseDirectory)
    {
        SQLitePCL.Batteries_V2.Init();
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            builder.DataSource = Path.GetFullPath(builder.DataSource, baseDirectory);
        FilePath = builder.DataSource;
        _connectionString = builder.ToString();
    }

    public string FilePath { get; }

    public override string Provider => "sqlite";

    public override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            received_at TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_length INTEGER NOT NULL,
            action TEXT NOT NULL,
            comment TEXT NULL,
            text TEXT NULL,
            profile TEXT NULL,
            client TEXT NULL);
        CREATE INDEX feedback_rule_id ON feedback (rule_id, id);
        """,
    ];

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override bool IsTransient(Exception exception) => exception is SqliteException { SqliteErrorCode: Busy or Locked };

    public override async Task PrepareAsync(CancellationToken cancellation)
    {
        if (Path.GetDirectoryName(FilePath) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = connection.CreateCommand();
        // The journal mode is a property of the file: set once, every later connection uses it.
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
