using System.Data.Common;
using Npgsql;

namespace QommerceHub.ServiceDefaults.Data;

/// <summary>The pool settings every service runs with; a connection string that sets one itself keeps its value.</summary>
public static class ServiceConnectionString
{
    /// <summary>
    /// Prepared statements: a service runs the same few dozen statements all day, so Npgsql prepares each one used
    /// twice on a connection and PostgreSQL parses and plans it once per connection instead of on every call (a third
    /// of its CPU per order was parsing and planning).
    /// No reset on close: with prepared statements, Npgsql resets a connection returned to the pool with six
    /// statements (RESET ALL, CLOSE ALL, UNLISTEN *, ...) that PostgreSQL runs at the next use, about as many
    /// statements as the work itself. Nothing here leaves session state behind: the one setting,
    /// <c>app.tenant_id</c>, is set again by <see cref="TenantConnectionInterceptor"/> on every open, the migration
    /// lock releases its advisory lock itself, and LISTEN runs on an unpooled connection.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0) settings.MaxAutoPrepare = 200;
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose")) settings.NoResetOnClose = true;
        return settings.ConnectionString;
    }
}
