package org.realpolitik.web;

import org.realpolitik.params.ParameterConversions;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the converters of typed query parameters for every controller: enums in any case and the value types
 * {@link ParameterConversions} reads (dates of year, month or day precision). What does not convert is answered by
 * {@link ApiExceptionHandler}.
 */
@Configuration(proxyBeanMethods = false)
class WebConversions implements WebMvcConfigurer {

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new ConverterFactory<String, Enum>() {

			@Override
			public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
				return text -> (T) ParameterConversions.enumValue(type, text);
			}

		});
		ParameterConversions.valueReaders().forEach((type, reader) -> registry.addConverter(String.class, (Class) type,
				(Converter<String, Object>) reader::apply));
	}

}
