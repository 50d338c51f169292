namespace QommerceHub.Catalog.Services;

/// <summary>What an import found (dry run) or did (apply).</summary>
public sealed record ImportReport(bool DryRun, int TotalRows, int ValidRows, int Created, IReadOnlyList<ImportRowError> Errors);
