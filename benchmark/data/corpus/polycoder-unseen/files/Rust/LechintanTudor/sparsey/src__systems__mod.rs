pub use self::commands::*;
pub use self::dispatcher::*;
pub use self::errors::*;
pub use self::registry::*;
pub use self::system::*;
pub use self::system_param::*;

pub(crate) use self::command_buffers::*;

mod command_buffers;
mod commands;
mod dispatcher;
mod errors;
mod registry;
mod system;
mod system_param;
