using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatFindings.Schema;

/// <summary>
/// Turns Table Schema JSON into a <see cref="TableSchema"/>, collecting every problem with its JSON path.
/// Custom properties are ignored, but Table Schema keywords this reader cannot enforce are errors:
/// a constraint that is silently not checked would be worse than no schema.
/// </summary>
internal sealed class SchemaReader
{
    private static readonly string[] SupportedConstraints =
        ["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "enum"];

    private static readonly string[] UnsupportedTableKeywords = ["foreignKeys", "uniqueKeys"];
    private static readonly string[] UnsupportedFieldKeywords = ["groupChar", "bareNumber", "jsonSchema"];

    private static readonly string[] DefaultTrue = ["true", "True", "TRUE", "1"];
    private static readonly string[] DefaultFalse = ["false", "False", "FALSE", "0"];

    private readonly List<string> _problems = [];

    public static TableSchema Read(string json, string source)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}: " : "";
            throw new SchemaException(source, [$"{where}not valid JSON ({FirstSentence(e.Message)})"]);
        }
        using (doc)
        {
            var reader = new SchemaReader();
            var schema = reader.ReadTable(doc.RootElement, source);
            if (reader._problems.Count > 0 || schema is null) throw new SchemaException(source, reader._problems);
            return schema;
        }
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).TrimEnd('.', ' ');
    }

    private TableSchema? ReadTable(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object) { _problems.Add("the top level must be a JSON object"); return null; }
        foreach (var keyword in UnsupportedTableKeywords)
            if (root.TryGetProperty(keyword, out _)) _problems.Add($"'{keyword}' is not supported by this reader");

        var title = OptionalString(root, "title", "title");
        var description = OptionalString(root, "description", "description");
        var missing = ReadMissingValues(root, "missingValues") ?? [""];
        var match = ReadFieldsMatch(root);

        var fields = new List<SchemaField>();
        if (!root.TryGetProperty("fields", out var fieldsJson) || fieldsJson.ValueKind != JsonValueKind.Array)
            _problems.Add("'fields' must be an array of field descriptors");
        else
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var f in fieldsJson.EnumerateArray())
            {
                var field = ReadField(f, $"fields[{i}]");
                if (field is not null)
                {
                    if (!names.Add(field.Name)) _problems.Add($"fields[{i}]: field name '{field.Name}' is used twice");
                    fields.Add(field);
                }
                i++;
            }
            if (i == 0) _problems.Add("'fields' is empty");
        }

        var primaryKey = ReadPrimaryKey(root, fields);
        return _problems.Count > 0 ? null : new TableSchema(source, title, description, fields, primaryKey, missing, match);
    }

    private FieldsMatch ReadFieldsMatch(JsonElement root)
    {
        var text = OptionalString(root, "fieldsMatch", "fieldsMatch");
        switch (text)
        {
            case null or "exact": return FieldsMatch.Exact;
            case "equal": return FieldsMatch.Equal;
            case "superset": return FieldsMatch.Superset;
            case "subset" or "partial":
                _problems.Add($"fieldsMatch '{text}' would allow columns the schema does not describe; use exact, equal or superset");
                return FieldsMatch.Exact;
            default:
                _problems.Add($"fieldsMatch '{text}' is not one of exact, equal, superset");
                return FieldsMatch.Exact;
        }
    }

    private IReadOnlyList<string> ReadPrimaryKey(JsonElement root, List<SchemaField> fields)
    {
        if (!root.TryGetProperty("primaryKey", out var pk)) return [];
        List<string> names = [];
        if (pk.ValueKind == JsonValueKind.String) names.Add(pk.GetString()!);
        else if (pk.ValueKind == JsonValueKind.Array && pk.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            names.AddRange(pk.EnumerateArray().Select(e => e.GetString()!));
        else { _problems.Add("'primaryKey' must be a field name or an array of field names"); return []; }
        foreach (var name in names)
            if (!fields.Any(f => f.Name == name)) _problems.Add($"primaryKey names '{name}', which is not a field");
        if (names.Count == 0) _problems.Add("'primaryKey' is empty");
        return names;
    }

    private IReadOnlyList<string>? ReadMissingValues(JsonElement obj, string path)
    {
        if (!obj.TryGetProperty("missingValues", out var mv)) return null;
        if (mv.ValueKind != JsonValueKind.Array) { _problems.Add($"{path} must be an array"); return null; }
        var result = new List<string>();
        foreach (var v in mv.EnumerateArray())
        {
            // Table Schema v2 allows {"value": "...", "label": "..."} as well as plain strings.
            if (v.ValueKind == JsonValueKind.String) result.Add(v.GetString()!);
            else if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("value", out var val) && val.ValueKind == JsonValueKind.String)
                result.Add(val.GetString()!);
            else _problems.Add($"{path} must hold strings (or objects with a string 'value')");
        }
        return result;
    }

    private SchemaField? ReadField(JsonElement f, string path)
    {
        if (f.ValueKind != JsonValueKind.Object) { _problems.Add($"{path} must be an object"); return null; }
        var name = OptionalString(f, "name", path + ".name");
        if (string.IsNullOrWhiteSpace(name)) { _problems.Add($"{path}: a field needs a non-empty 'name'"); return null; }
        path = $"{path} '{name}'";

        foreach (var keyword in UnsupportedFieldKeywords)
            if (f.TryGetProperty(keyword, out _)) _problems.Add($"{path}: '{keyword}' is not supported by this reader");

        var typeText = OptionalString(f, "type", path + ".type") ?? "string";
        FieldType type;
        switch (typeText)
        {
            case "string": type = FieldType.String; break;
            case "integer": type = FieldType.Integer; break;
            case "number": type = FieldType.Number; break;
            case "boolean": type = FieldType.Boolean; break;
            case "year": type = FieldType.Year; break;
            case "list": type = FieldType.List; break;
            default:
                _problems.Add($"{path}: type '{typeText}' is not supported (supported: string, integer, number, boolean, year, list)");
                return null;
        }

        var format = OptionalString(f, "format", path + ".format");
        if (format is not null and not "default") _problems.Add($"{path}: format '{format}' is not supported (only 'default')");

        var categories = ReadCategories(f, path, type);
        var ordered = OptionalBool(f, "categoriesOrdered", path) ?? false;
        if (ordered && categories.Count == 0) _problems.Add($"{path}: categoriesOrdered without categories");

        IReadOnlyList<string> trueValues = DefaultTrue, falseValues = DefaultFalse;
        if (type == FieldType.Boolean)
        {
            trueValues = StringArray(f, "trueValues", path) ?? DefaultTrue;
            falseValues = StringArray(f, "falseValues", path) ?? DefaultFalse;
            foreach (var both in trueValues.Intersect(falseValues, StringComparer.Ordinal))
                _problems.Add($"{path}: '{both}' is both a true and a false value");
        }
        else
        {
            foreach (var key in new[] { "trueValues", "falseValues" })
                if (f.TryGetProperty(key, out _)) _problems.Add($"{path}: '{key}' applies to boolean fields only");
        }

        string? delimiter = null;
        if (type == FieldType.List)
        {
            delimiter = OptionalString(f, "delimiter", path + ".delimiter") ?? ",";
            if (delimiter.Length == 0) _problems.Add($"{path}: 'delimiter' must not be empty");
            var itemType = OptionalString(f, "itemType", path + ".itemType") ?? "string";
            if (itemType != "string") _problems.Add($"{path}: itemType '{itemType}' is not supported (list items are category codes, itemType string)");
            if (categories.Count == 0) _problems.Add($"{path}: a list field needs categories (its items are category codes)");
        }
        else
        {
            foreach (var key in new[] { "delimiter", "itemType" })
                if (f.TryGetProperty(key, out _)) _problems.Add($"{path}: '{key}' applies to list fields only");
        }

        var decimalChar = '.';
        if (OptionalString(f, "decimalChar", path + ".decimalChar") is { } dc)
        {
            if (type != FieldType.Number) _problems.Add($"{path}: 'decimalChar' applies to number fields only");
            else if (dc is not ("." or ",")) _problems.Add($"{path}: decimalChar must be '.' or ','");
            else decimalChar = dc[0];
        }

        var missing = ReadMissingValues(f, path + ".missingValues");
        var constraints = ReadConstraints(f, path, type, categories.Count > 0);

        return new SchemaField(name, type,
            OptionalString(f, "title", path + ".title"), OptionalString(f, "description", path + ".description"),
            constraints, categories, ordered, trueValues, falseValues, missing, delimiter, decimalChar);
    }

    private List<FieldCategory> ReadCategories(JsonElement f, string path, FieldType type)
    {
        var result = new List<FieldCategory>();
        if (!f.TryGetProperty("categories", out var cats)) return result;
        if (type is not (FieldType.String or FieldType.List))
        {
            _problems.Add($"{path}: categories are supported on string and list fields only");
            return result;
        }
        if (cats.ValueKind != JsonValueKind.Array) { _problems.Add($"{path}: 'categories' must be an array"); return result; }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var c in cats.EnumerateArray())
        {
            var at = $"{path}.categories[{i++}]";
            FieldCategory? category = c.ValueKind switch
            {
                JsonValueKind.String => new FieldCategory(c.GetString()!, null, null),
                JsonValueKind.Object when c.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String =>
                    new FieldCategory(v.GetString()!, OptionalString(c, "label", at + ".label"), OptionalString(c, "label_nl", at + ".label_nl")),
                _ => null,
            };
            if (category is null) { _problems.Add($"{at}: a category is a string or an object with a string 'value'"); continue; }
            if (category.Value.Length == 0 || category.Value.Trim().Length != category.Value.Length)
                _problems.Add($"{at}: category value '{category.Value}' must be non-empty without surrounding spaces");
            if (!seen.Add(category.Value)) _problems.Add($"{at}: category value '{category.Value}' is listed twice");
            result.Add(category);
        }
        if (result.Count == 0) _problems.Add($"{path}: 'categories' is empty");
        return result;
    }

    private FieldConstraints ReadConstraints(JsonElement f, string path, FieldType type, bool categorical)
    {
        if (!f.TryGetProperty("constraints", out var c)) return new FieldConstraints();
        path += ".constraints";
        if (c.ValueKind != JsonValueKind.Object) { _problems.Add($"{path} must be an object"); return new FieldConstraints(); }
        foreach (var p in c.EnumerateObject())
            if (!SupportedConstraints.Contains(p.Name))
                _problems.Add($"{path}: unknown constraint '{p.Name}' (supported: {string.Join(", ", SupportedConstraints)})");

        var numeric = type is FieldType.Integer or FieldType.Number or FieldType.Year;
        double? Bound(string key)
        {
            if (!c.TryGetProperty(key, out var v)) return null;
            if (!numeric) { _problems.Add($"{path}.{key} applies to integer, number and year fields only"); return null; }
            if (v.ValueKind != JsonValueKind.Number) { _problems.Add($"{path}.{key} must be a number"); return null; }
            return v.GetDouble();
        }
        int? Length(string key)
        {
            if (!c.TryGetProperty(key, out var v)) return null;
            if (type != FieldType.String) { _problems.Add($"{path}.{key} applies to string fields only"); return null; }
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n) || n < 0) { _problems.Add($"{path}.{key} must be a whole number >= 0"); return null; }
            return n;
        }

        string? pattern = null;
        if (c.TryGetProperty("pattern", out var pv))
        {
            if (type != FieldType.String) _problems.Add($"{path}.pattern applies to string fields only");
            else if (pv.ValueKind != JsonValueKind.String) _problems.Add($"{path}.pattern must be a string");
            else
            {
                pattern = pv.GetString()!;
                try { _ = new Regex(pattern, RegexOptions.CultureInvariant); }
                catch (ArgumentException e) { _problems.Add($"{path}.pattern is not a valid regular expression: {e.Message}"); pattern = null; }
            }
        }

        return new FieldConstraints
        {
            Required = OptionalBool(c, "required", path) ?? false,
            Unique = OptionalBool(c, "unique", path) ?? false,
            Minimum = Bound("minimum"),
            Maximum = Bound("maximum"),
            ExclusiveMinimum = Bound("exclusiveMinimum"),
            ExclusiveMaximum = Bound("exclusiveMaximum"),
            MinLength = Length("minLength"),
            MaxLength = Length("maxLength"),
            Pattern = pattern,
            Enum = ReadEnum(c, path, type, categorical),
        };
    }

    private IReadOnlyList<string>? ReadEnum(JsonElement c, string path, FieldType type, bool categorical)
    {
        if (!c.TryGetProperty("enum", out var e)) return null;
        path += ".enum";
        if (type == FieldType.List || categorical) { _problems.Add($"{path}: use categories rather than enum on a categorical field"); return null; }
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0) { _problems.Add($"{path} must be a non-empty array"); return null; }
        var values = new List<string>();
        foreach (var v in e.EnumerateArray())
        {
            // Kept as canonical text; the reader compares each cell's canonical text with these.
            string? text = (type, v.ValueKind) switch
            {
                (FieldType.String, JsonValueKind.String) => v.GetString(),
                (FieldType.Integer or FieldType.Year, JsonValueKind.Number) when v.TryGetInt32(out var i) => i.ToString(CultureInfo.InvariantCulture),
                (FieldType.Number, JsonValueKind.Number) => v.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                (FieldType.Boolean, JsonValueKind.True) => "true",
                (FieldType.Boolean, JsonValueKind.False) => "false",
                _ => null,
            };
            if (text is null) _problems.Add($"{path}: {v.GetRawText()} is not a {type.ToString().ToLowerInvariant()} value");
            else values.Add(text);
        }
        return values;
    }

    private string? OptionalString(JsonElement obj, string key, string path)
    {
        if (!obj.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        _problems.Add($"{path} must be a string");
        return null;
    }

    private bool? OptionalBool(JsonElement obj, string key, string path)
    {
        if (!obj.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        _problems.Add($"{path}.{key} must be true or false");
        return null;
    }

    private IReadOnlyList<string>? StringArray(JsonElement obj, string key, string path)
    {
        if (!obj.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            _problems.Add($"{path}.{key} must be an array of strings");
            return null;
        }
        return v.EnumerateArray().Select(x => x.GetString()!).ToList();
    }
}
