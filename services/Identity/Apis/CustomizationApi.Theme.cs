using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Apis.Dtos;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Services;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

public static partial class CustomizationApi
{
    public static async Task<Ok<CustomizationEnvelope>> GetTheme(IdentityDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var store = await db.Stores.FirstAsync(s => s.Id == tenant.Id, ct);
        return TypedResults.Ok(new CustomizationEnvelope(Customization.From(store.Theme)));
    }

    public static async Task<Results<Ok<CustomizationUpdated>, ProblemHttpResult>> UpdateTheme(
        UpdateThemeRequest request, StoreThemes themes, CancellationToken ct)
    {
        var colours = new (string Field, string? Value)[]
        {
            ("background_color", request.BackgroundColor), ("primary_color", request.PrimaryColor),
            ("secondary_color", request.SecondaryColor), ("accent_color", request.AccentColor), ("text_color", request.TextColor),
        };
        var errors = new FieldErrors();
        foreach (var (field, value) in colours.Where(c => c.Value is not null && !HexColour().IsMatch(c.Value)))
            errors.Add(field, "Must be a hex colour like #1a2b3c");
        if (colours.All(c => c.Value is null) && request.AnimationsEnabled is null)
            errors.Add("primary_color", "Provide at least one field to update");
        if (errors.Any) return ApiResults.Validation(errors);

        var changed = await themes.ChangeAsync(theme =>
        {
            theme.BackgroundColor = request.BackgroundColor?.ToLowerInvariant() ?? theme.BackgroundColor;
            theme.PrimaryColor = request.PrimaryColor?.ToLowerInvariant() ?? theme.PrimaryColor;
            theme.SecondaryColor = request.SecondaryColor?.ToLowerInvariant() ?? theme.SecondaryColor;
            theme.AccentColor = request.AccentColor?.ToLowerInvariant() ?? theme.AccentColor;
            theme.TextColor = request.TextColor?.ToLowerInvariant() ?? theme.TextColor;
            theme.AnimationsEnabled = request.AnimationsEnabled ?? theme.AnimationsEnabled;
        }, ct);
        return TypedResults.Ok(new CustomizationUpdated("Customization updated successfully", Customization.From(changed)));
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
