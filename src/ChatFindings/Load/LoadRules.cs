namespace ChatFindings.Load;

/// <summary>The names of the rules a <see cref="LoadError"/> reports, stable for scripts and tests.</summary>
public static class LoadRules
{
    /// <summary>The file cannot be opened or read.</summary>
    public const string File = "file";
    /// <summary>Not UTF-8 text: binary data, UTF-16, or an invalid byte sequence.</summary>
    public const string Encoding = "encoding";
    /// <summary>The file has no header line.</summary>
    public const string EmptyFile = "empty-file";
    public const string MissingColumn = "missing-column";
    public const string UnknownColumn = "unknown-column";
    public const string DuplicateColumn = "duplicate-column";
    public const string ColumnOrder = "column-order";
    /// <summary>Said once when header problems mean no row can be accepted.</summary>
    public const string Header = "header";
    /// <summary>A row with more or fewer fields than the header.</summary>
    public const string FieldCount = "field-count";
    /// <summary>A quoted field that is never closed.</summary>
    public const string UnclosedQuote = "unclosed-quote";
    /// <summary>A stray quote in an unquoted field, or text after a closing quote.</summary>
    public const string Quote = "quote";
    /// <summary>A value that is not of the field's type.</summary>
    public const string Type = "type";
    public const string Required = "required";
    public const string Category = "category";
    public const string Enum = "enum";
    public const string Minimum = "minimum";
    public const string Maximum = "maximum";
    public const string MinLength = "min-length";
    public const string MaxLength = "max-length";
    public const string Pattern = "pattern";
    public const string Unique = "unique";
    public const string PrimaryKey = "primary-key";
    /// <summary>The schema describes a field the reader cannot store (see StorageLimits); no row is read.</summary>
    public const string Schema = "schema";
    /// <summary>The provenance sidecar (X.provenance.json) is malformed or disagrees with the data.</summary>
    public const string Provenance = "provenance";
}
