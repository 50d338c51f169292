namespace QommerceHub.Catalog.Services;

/// <summary>A problem in one CSV row; row 1 is the header, so numbers match a spreadsheet's.</summary>
public sealed record ImportRowError(int Row, string Field, string Message);
