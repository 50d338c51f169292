using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Model;

/// <summary>The field rules shared by the API, the CSV import and the unit tests.</summary>
public static class ProductRules
{
    public const int NameMax = 200;
    public const int SkuMax = 100;
    public const int ReferenceMax = 100;
    public const int DescriptionMax = 5000;
    public const int CategoryMax = 100;
    public const decimal PriceMax = 99_999_999.99m;
    public const int QuantityMax = 1_000_000_000;

    public static void Name(FieldErrors errors, string? value, bool required = true) =>
        errors.Text("name", value, 1, NameMax, required);

    /// <summary>Optional free text; an empty one means "none".</summary>
    public static void Description(FieldErrors errors, string? value)
    {
        if (value?.Length > DescriptionMax) errors.Add("description", $"Description must be at most {DescriptionMax} characters");
    }

    public static void Category(FieldErrors errors, string? value)
    {
        if (value?.Length > CategoryMax) errors.Add("category", $"Category must be at most {CategoryMax} characters");
    }

    public static void Sku(FieldErrors errors, string? value, bool required = true)
    {
        errors.Text("sku", value, 1, SkuMax, required);
        if (value is not null && value.Any(char.IsControl)) errors.Add("sku", "SKU must not contain control characters");
    }

    /// <summary>Prices are positive with at most two decimals (cents), never rounded silently.</summary>
    public static string? PriceProblem(decimal price) => price switch
    {
        <= 0 => "Price must be greater than 0",
        > PriceMax => $"Price must be at most {PriceMax}",
        _ when decimal.Round(price, 2) != price => "Price must have at most 2 decimal places",
        _ => null,
    };

    public static decimal? Price(FieldErrors errors, decimal? value, bool required = true)
    {
        if (value is null)
        {
            if (required) errors.Add("price", "Price is required");
            return null;
        }
        var problem = PriceProblem(value.Value);
        if (problem is null) return value;
        errors.Add("price", problem);
        return null;
    }

    /// <summary>Whole numbers from zero up; JSON numbers arrive as decimals so 1.5 is caught here, not by a parser error.</summary>
    public static string? CountProblem(decimal value, string label) => value switch
    {
        < 0 => $"{label} must not be negative",
        _ when decimal.Truncate(value) != value => $"{label} must be a whole number",
        > QuantityMax => $"{label} must be at most {QuantityMax}",
        _ => null,
    };

    public static int? Count(FieldErrors errors, string field, string label, decimal? value, bool required = false)
    {
        if (value is null)
        {
            if (required) errors.Add(field, $"{label} is required");
            return null;
        }
        var problem = CountProblem(value.Value, label);
        if (problem is null) return (int)value.Value;
        errors.Add(field, problem);
        return null;
    }

    /// <summary>A signed whole-number change to stock that is not zero.</summary>
    public static int? Delta(FieldErrors errors, decimal value)
    {
        if (value == 0) errors.Add("delta", "Delta must not be zero");
        else if (decimal.Truncate(value) != value) errors.Add("delta", "Delta must be a whole number");
        else if (Math.Abs(value) > QuantityMax) errors.Add("delta", $"Delta must be between -{QuantityMax} and {QuantityMax}");
        else return (int)value;
        return null;
    }

    public static Barcode? Barcode(FieldErrors errors, string? value, string? format)
    {
        var (barcode, problem) = Model.Barcode.Parse(value, format);
        if (problem is not null) errors.Add(format is not null && problem.StartsWith("Barcode format", StringComparison.Ordinal) ? "barcode_format" : "barcode", problem);
        return barcode;
    }
}
