namespace SiteOptimizer.Discovery;

/// <summary>
/// Splits a script into tokens well enough to find imports: comments, strings, template literals
/// (with nested <c>${}</c>) and regular expression literals are each one token, so the word
/// <c>import</c> inside them is never mistaken for the keyword. Whether a <c>/</c> starts a regular
/// expression is guessed from the previous token, as syntax highlighters do.
/// </summary>
internal sealed class JsTokenizer(string js)
{
    // After these words an expression starts, so a slash begins a regular expression, not a division.
    private static readonly HashSet<string> s_keywordsBeforeExpression =
    [
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw",
        "case", "do", "else", "yield", "await", "extends",
    ];

    private readonly string _js = js;
    private readonly List<JsToken> _tokens = [];
    private readonly Stack<int> _substitutionDepths = new();
    private int _position;
    private int _braceDepth;

    public IReadOnlyList<JsToken> Tokenize()
    {
        if (_js.StartsWith("#!", StringComparison.Ordinal))
        {
            SkipLine();
        }
        while (_position < _js.Length)
        {
            ReadToken(_js[_position]);
        }
        return _tokens;
    }

    private void ReadToken(char c)
    {
        var next = _position + 1 < _js.Length ? _js[_position + 1] : '\0';
        if (char.IsWhiteSpace(c))
        {
            _position++;
        }
        else if (c == '/' && next == '/')
        {
            SkipLine();
        }
        else if (c == '/' && next == '*')
        {
            var end = _js.IndexOf("*/", _position + 2, StringComparison.Ordinal);
            _position = end < 0 ? _js.Length : end + 2;
        }
        else if (c is '"' or '\'')
        {
            ReadString(c);
        }
        else if (c == '`')
        {
            _position++;
            ReadTemplate(opensLiteral: true);
        }
        else if (c == '/' && RegexAllowed())
        {
            ReadRegex();
        }
        else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
        {
            ReadWord(JsTokenKind.Number);
        }
        else if (IsIdentifierChar(c) || c == '\\')
        {
            ReadWord(JsTokenKind.Identifier);
        }
        else
        {
            ReadPunctuator(c, next);
        }
    }

    private void ReadPunctuator(char c, char next)
    {
        if (c == '}' && _substitutionDepths.Count > 0 && _substitutionDepths.Peek() == _braceDepth)
        {
            _substitutionDepths.Pop();
            _braceDepth--;
            _position++;
            ReadTemplate(opensLiteral: false);
            return;
        }
        _braceDepth += c == '{' ? 1 : c == '}' ? -1 : 0;
        var text = c == '.' && _js.AsSpan(_position).StartsWith("...") ? "..."
            : c == '?' && next == '.' ? "?."
            : c.ToString();
        Add(JsTokenKind.Punctuator, _position, text.Length, text);
        _position += text.Length;
    }

    private void ReadString(char quote)
    {
        var start = ++_position;
        while (_position < _js.Length && _js[_position] != quote && _js[_position] is not ('\n' or '\r'))
        {
            _position += _js[_position] == '\\' ? 2 : 1;
        }
        var end = Math.Min(_position, _js.Length);
        Add(JsTokenKind.String, start, end - start, JsStringDecoder.Decode(_js[start..end]));
        _position = end + 1;
    }

    /// <summary>Reads template text up to the closing backtick or the next <c>${</c>.</summary>
    private void ReadTemplate(bool opensLiteral)
    {
        var start = _position;
        while (_position < _js.Length)
        {
            var c = _js[_position];
            if (c == '`')
            {
                AddTemplate(opensLiteral ? JsTokenKind.Template : JsTokenKind.TemplatePart, start);
                _position++;
                return;
            }
            if (c == '$' && _position + 1 < _js.Length && _js[_position + 1] == '{')
            {
                AddTemplate(JsTokenKind.TemplatePart, start);
                Add(JsTokenKind.Punctuator, _position, 2, "${");
                _position += 2;
                _substitutionDepths.Push(++_braceDepth);
                return;
            }
            _position += c == '\\' ? 2 : 1;
        }
        _position = _js.Length;
        AddTemplate(JsTokenKind.TemplatePart, start);
    }

    private void AddTemplate(JsTokenKind kind, int start) =>
        Add(kind, start, _position - start, JsStringDecoder.Decode(_js[start.._position]));

    private void ReadRegex()
    {
        var start = _position++;
        var inClass = false;
        while (_position < _js.Length)
        {
            var c = _js[_position];
            if (c is '\n' or '\r')
            {
                break; // not a regular expression after all: read the slash as division
            }
            _position += c == '\\' ? 2 : 1;
            if (c == '/' && !inClass)
            {
                while (_position < _js.Length && IsIdentifierChar(_js[_position]))
                {
                    _position++;
                }
                Add(JsTokenKind.Regex, start, _position - start, _js[start.._position]);
                return;
            }
            inClass = c == '[' || (inClass && c != ']');
        }
        _position = start + 1;
        Add(JsTokenKind.Punctuator, start, 1, "/");
    }

    private bool RegexAllowed()
    {
        if (_tokens.Count == 0)
        {
            return true;
        }
        var previous = _tokens[^1];
        return previous.Kind switch
        {
            JsTokenKind.Punctuator => previous.Text is not (")" or "]"),
            JsTokenKind.Identifier => s_keywordsBeforeExpression.Contains(previous.Text),
            _ => false,
        };
    }

    private void ReadWord(JsTokenKind kind)
    {
        var start = _position;
        while (_position < _js.Length && (IsIdentifierChar(_js[_position]) || _js[_position] == '\\'
            || (kind == JsTokenKind.Number && _js[_position] == '.')))
        {
            _position += _js[_position] == '\\' ? 2 : 1;
        }
        _position = Math.Min(_position, _js.Length);
        Add(kind, start, _position - start, _js[start.._position]);
    }

    private void SkipLine()
    {
        while (_position < _js.Length && _js[_position] is not ('\n' or '\r' or '\u2028' or '\u2029'))
        {
            _position++;
        }
    }

    private void Add(JsTokenKind kind, int offset, int length, string text) => _tokens.Add(new JsToken(kind, offset, length, text));

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '$' or '_' || c >= 0x80;
}
