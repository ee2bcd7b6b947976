package io.meshgov.internal.reading;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser, with one shortcut: a scalar that starts with a letter and is not one of YAML's boolean or
 * null words is text, without running the resolver's regular expressions over it. Descriptors are mostly such
 * text (names, descriptions, types), and resolving every scalar was the largest cost of reading one. Everything
 * else — numbers, booleans, nulls, tags, empty values — goes through Jackson's own reading, so the tokens are the
 * same.
 */
final class TextFirstYamlParser extends YAMLParser {

    /** The words YAML 1.1 reads as booleans or null, lower-cased; a scalar spelling one is left to Jackson. */
    private static final Set<String> SPECIAL_WORDS = Set.of("yes", "no", "true", "false", "on", "off", "y", "n",
            "null");

    private TextFirstYamlParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options,
                                ObjectCodec codec, Reader reader) {
        super(context, parserFeatures, yamlFeatures, options, codec, reader);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
        String value = scalar.getValue();
        String tag = scalar.getTag();
        if ((tag == null || tag.equals("!")) && isPlainText(value)) {
            streamReadConstraints().validateStringLength(value.length());
            _textValue = value;
            _cleanedTextValue = null;
            return JsonToken.VALUE_STRING;
        }
        return super._decodeScalar(scalar);
    }

    private static boolean isPlainText(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return false;
        }
        return value.length() > 5 || !SPECIAL_WORDS.contains(value.toLowerCase(Locale.ROOT));
    }

    /** A YAML factory whose parsers take the shortcut. */
    static final class Factory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
            return new TextFirstYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    _createReader(in, null, context));
        }
    }
}
