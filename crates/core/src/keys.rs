//! Enums written as short text keys (in JSON, URLs and overlays), each from one table.
//!
//! [`keyed_enum!`] declares an enum together with its keys. The same table gives `key()`,
//! `from_key()`, `ALL`, and the serde form, so the JSON a model is written in, the overlay an
//! editor writes and the URL a reader shares cannot disagree about a name.

/// Declares a fieldless enum whose variants are written as the given keys.
///
/// ```ignore
/// keyed_enum! {
///     /// Which view is shown.
///     pub enum View {
///         /// Cards.
///         Quotes = "quotes",
///         /// The report.
///         Read = "read",
///     }
/// }
/// ```
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $key:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every key, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$($key),+];

            /// The key this variant is written as.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The variant written as `key`.
            pub fn from_key(key: &str) -> Option<Self> {
                match key {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl $crate::wire::Wire for $name {
            fn put(&self, w: &mut $crate::wire::Writer) {
                $crate::wire::Wire::put(&(*self as u8), w);
            }
            fn take(r: &mut $crate::wire::Reader<'_>) -> Result<Self, $crate::wire::WireError> {
                let at = <u8 as $crate::wire::Wire>::take(r)?;
                $name::ALL.get(usize::from(at)).copied().ok_or_else(|| {
                    $crate::wire::WireError(format!("no {} number {at}", stringify!($name)))
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let key = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                $name::from_key(&key)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&key, $name::KEYS))
            }
        }
    };
}

pub(crate) use keyed_enum;

#[cfg(test)]
mod tests {
    keyed_enum! {
        /// A test enum.
        pub enum Colour {
            /// Red.
            Red = "red",
            /// Dark blue.
            DarkBlue = "dark_blue",
        }
    }

    #[test]
    fn keys_read_back_to_their_variant_and_unknown_keys_are_refused() {
        for &colour in Colour::ALL {
            assert_eq!(Colour::from_key(colour.key()), Some(colour));
            let json = serde_json::to_string(&colour).unwrap();
            assert_eq!(json, format!("\"{}\"", colour.key()));
            assert_eq!(serde_json::from_str::<Colour>(&json).unwrap(), colour);
        }
        let error = serde_json::from_str::<Colour>("\"green\"").unwrap_err();
        assert!(
            error
                .to_string()
                .contains("unknown variant `green`, expected `red` or `dark_blue`"),
            "{error}"
        );
    }
}
