namespace SiteOptimizer.Discovery;

/// <summary>
/// A cursor over CSS text that reads the tokens finding URLs depends on, following the CSS
/// Syntax tokenizer: strings (with escapes, ended by an unescaped newline), <c>url(</c> bodies
/// quoted or not, names with escapes, and comments.
/// </summary>
internal sealed class CssReader(string css)
{
    public string Text { get; } = css;

    public int Position { get; set; }

    public bool AtEnd => Position >= Text.Length;

    public char Current => Text[Position];

    public bool StartsComment() => Position + 1 < Text.Length && Text[Position] == '/' && Text[Position + 1] == '*';

    public bool StartsString() => !AtEnd && Current is '"' or '\'';

    /// <summary><c>url(</c> here, and not the end of a longer name such as <c>myurl(</c>.</summary>
    public bool StartsUrlFunction() =>
        Position + 4 <= Text.Length
        && Text.AsSpan(Position, 4).Equals("url(", StringComparison.OrdinalIgnoreCase)
        && (Position == 0 || !IsNameChar(Text[Position - 1]));

    public void SkipComment()
    {
        var end = Text.IndexOf("*/", Position + 2, StringComparison.Ordinal);
        Position = end < 0 ? Text.Length : end + 2;
    }

    public void SkipWhitespace()
    {
        while (!AtEnd && IsWhitespace(Current))
        {
            Position++;
        }
    }

    public void SkipWhitespaceAndComments()
    {
        SkipWhitespace();
        while (StartsComment())
        {
            SkipComment();
            SkipWhitespace();
        }
    }

    public CssToken ReadString()
    {
        var quote = Text[Position++];
        var start = Position;
        // An unescaped newline ends a bad string and is left for the next token.
        while (!AtEnd && Current != quote && Current is not ('\n' or '\r' or '\f'))
        {
            Position += Current == '\\' ? 2 : 1;
        }
        Position = Math.Min(Position, Text.Length);
        var token = Token(start, Position);
        if (!AtEnd && Current == quote)
        {
            Position++;
        }
        return token;
    }

    /// <summary>Reads what follows <c>url(</c> through the closing parenthesis; null for a bad URL (<c>url(a b)</c>).</summary>
    public CssToken? ReadUrlBody()
    {
        SkipWhitespace();
        if (StartsString())
        {
            var quoted = ReadString();
            SkipPastCloseParenthesis();
            return quoted;
        }
        var start = Position;
        while (!AtEnd)
        {
            var c = Current;
            if (c == ')' || IsWhitespace(c))
            {
                var end = Position;
                SkipWhitespace();
                var closed = AtEnd || Current == ')';
                SkipPastCloseParenthesis();
                return closed ? Token(start, end) : null;
            }
            if (c is '"' or '\'' or '(')
            {
                SkipPastCloseParenthesis();
                return null;
            }
            if (c == '\\')
            {
                SkipEscape();
            }
            else
            {
                Position++;
            }
        }
        return Token(start, Position);
    }

    public string ReadName()
    {
        var start = Position;
        while (!AtEnd && (IsNameChar(Current) || Current == '\\'))
        {
            if (Current == '\\')
            {
                SkipEscape();
            }
            else
            {
                Position++;
            }
        }
        return Text[start..Position];
    }

    /// <summary>Skips a backslash escape; a hex escape takes one whitespace after it (<c>\31 23</c> is "123").</summary>
    public void SkipEscape()
    {
        Position++;
        var hexStart = Position;
        while (!AtEnd && Position - hexStart < 6 && char.IsAsciiHexDigit(Current))
        {
            Position++;
        }
        if (Position == hexStart)
        {
            Position = Math.Min(Position + 1, Text.Length);
        }
        else if (!AtEnd && IsWhitespace(Current))
        {
            var crlf = Current == '\r' && Position + 1 < Text.Length && Text[Position + 1] == '\n';
            Position += crlf ? 2 : 1;
        }
    }

    /// <summary>Skips an at-rule prelude up to (not including) its <c>;</c>, <c>{</c> or <c>}</c>.</summary>
    public void SkipPrelude()
    {
        var depth = 0;
        while (!AtEnd)
        {
            var c = Current;
            if (StartsComment())
            {
                SkipComment();
                continue;
            }
            if (StartsString())
            {
                ReadString();
                continue;
            }
            if ((c is ';' or '{' or '}') && depth == 0)
            {
                return;
            }
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            Position++;
        }
    }

    private void SkipPastCloseParenthesis()
    {
        while (!AtEnd && Current != ')')
        {
            Position += Current == '\\' ? 2 : 1;
        }
        Position = Math.Min(Position + 1, Text.Length);
    }

    private CssToken Token(int start, int end) => new(start, end - start, CssEscapes.Decode(Text[start..end]));

    public static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c >= 0x80;

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
